namespace MedDoc.Engine.Tests.Coding;

public sealed class LimbSiteTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("MRI showed synovitis of the right knee.", "M65.961")]
    [InlineData("Ultrasound showed synovitis in the left wrist.", "M65.932")]
    [InlineData("She had tenosynovitis of the right ankle.", "M65.971")]
    [InlineData("CT showed osteolysis of the left femur.", "M89.552")]
    [InlineData("There was synovitis of the elbow.", "M65.929")]
    public void JointOrBoneBesideTheConditionGivesTheSiteTheChapterPutsItIn(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("MRI showed synovitis.", "M65.90")]
    [InlineData("Synovitis of the knee and elbow.", "M65.90")]
    [InlineData("She fell on her knee; an MRI weeks later showed a synovitis of unclear origin with no other findings at all.", "M65.90")]
    public void NoSiteTwoSitesOrASiteTooFarLeavesTheSiteOpen(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void ConditionStatedAtTwoSitesIsCodedOncePerSite()
    {
        var codes = Codes("MRI showed synovitis of the right knee. Ultrasound later showed synovitis in the left wrist.");

        Assert.Contains("M65.961", codes);
        Assert.Contains("M65.932", codes);
        Assert.DoesNotContain("M65.90", codes);
    }
}
