namespace MedDoc.E2E.Infrastructure;

/// <summary>The synthetic documents in Fixtures/, copied next to the test binaries.</summary>
public static class FixtureFiles
{
    /// <summary>A chest radiograph report: cardiomegaly, left pleural effusion, "No pneumothorax".</summary>
    public static string ChestXray => Path.Combine(AppContext.BaseDirectory, "Fixtures", "chest-xray.txt");
}
