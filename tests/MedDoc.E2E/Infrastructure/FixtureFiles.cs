namespace MedDoc.E2E.Infrastructure;

/// <summary>The synthetic documents in Fixtures/, copied next to the test binaries.</summary>
public static class FixtureFiles
{
    /// <summary>A chest radiograph report: cardiomegaly, left pleural effusion, "No pneumothorax".</summary>
    public static string ChestXray => Path.Combine(AppContext.BaseDirectory, "Fixtures", "chest-xray.txt");

    /// <summary>
    /// A chest radiograph report for the review loop: the engine suggests I51.7, J90 and J18.9, and misses the
    /// type 2 diabetes named in the indication.
    /// </summary>
    public static string ReviewChestXray => Path.Combine(AppContext.BaseDirectory, "Fixtures", "review-chest-xray.txt");
}
