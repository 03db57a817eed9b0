namespace MedDoc.Engine.Tests.Coding;

public sealed class LymphomaSiteTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("Diagnosis: diffuse large B-cell lymphoma of the stomach.", "C83.398")]
    [InlineData("Diagnosis: primary diffuse large B-cell lymphoma of the brain.", "C83.390")]
    [InlineData("Diagnosis: follicular lymphoma with cervical lymph node involvement.", "C82.91")]
    [InlineData("Diagnosis: Hodgkin lymphoma in mediastinal nodes.", "C81.92")]
    [InlineData("Diagnosis: Hodgkin lymphoma with mediastinal lymphadenopathy.", "C81.92")]
    [InlineData("Diagnosis: non-Hodgkin lymphoma involving retroperitoneal lymph nodes.", "C85.93")]
    [InlineData("Diagnosis: non-Hodgkin lymphoma with axillary and inguinal lymph nodes.", "C85.98")]
    [InlineData("Diagnosis: splenic lymphoma.", "C85.97")]
    public void ALymphomaTakesTheSiteItsSentenceStates(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("Diagnosis: diffuse large B-cell lymphoma.", "C83.30")]
    [InlineData("Diagnosis: non-Hodgkin lymphoma and breast cancer.", "C85.90")]
    [InlineData("Diagnosis: non-Hodgkin lymphoma with bone marrow involvement.", "C85.90")]
    [InlineData("Diagnosis: mediastinal lymphoma.", "C85.90")]
    [InlineData("Diagnosis: gastric lymphoma with inguinal lymph nodes.", "C85.90")]
    public void ALymphomaWithNoSiteOrSitesOfDifferentKindsKeepsTheUnspecifiedSite(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }
}
