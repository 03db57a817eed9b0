namespace MedDoc.Engine.Tests.Coding;

public sealed class HemangiomaSiteTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("Diagnosis: cutaneous hemangioma.", "D18.01")]
    [InlineData("Diagnosis: hemangioma of the scalp.", "D18.01")]
    [InlineData("Diagnosis: hemangioma of the spleen.", "D18.03")]
    [InlineData("Diagnosis: cerebral hemangioma.", "D18.02")]
    [InlineData("Diagnosis: hemangioma of the lip.", "D18.09")]
    [InlineData("Diagnosis: capillary hemangioma of the liver.", "D18.03")]
    [InlineData("Diagnosis: capillary hemangioma of the parotid gland.", "D18.09")]
    public void AHemangiomaTakesTheSiteItsSentenceStates(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("Diagnosis: hemangioma.")]
    [InlineData("Diagnosis: hemangioma of the skin and spleen.")]
    [InlineData("Diagnosis: hemangioma, the thorax was normal.")]
    [InlineData("Diagnosis: capillary hemangioma.")]
    public void AHemangiomaWithNoSiteOrSitesOfDifferentKindsKeepsTheUnspecifiedSite(string text)
    {
        Assert.Contains("D18.00", Codes(text));
    }
}
