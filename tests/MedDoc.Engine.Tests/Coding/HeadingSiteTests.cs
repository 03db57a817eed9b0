using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

public sealed class HeadingSiteTests
{
    private static readonly ClinicalEngine Engine = new();

    private static IReadOnlyList<CodeSuggestion> Codes(string text) => Engine.Analyze(text).Codes;

    [Theory]
    [InlineData("RIGHT KNEE:\nSynovitis.", BodySide.Right, "knee")]
    [InlineData("Left hip.\nMild effusion.\nSynovitis.", BodySide.Left, "hip")]
    [InlineData("LEFT SHOULDER\nSynovitis.", BodySide.Left, "shoulder")]
    [InlineData("RIGHT KNEE: synovitis.", BodySide.Right, "knee")]
    public void LineOfSideAndSiteWordsAboveOrOpeningTheFindingIsItsHeading(string text, BodySide side, string site)
    {
        var heading = HeadingSite.Above(text, text.IndexOf("ynovitis", StringComparison.Ordinal) - 1);

        Assert.NotNull(heading);
        Assert.Equal(side, heading.Side);
        Assert.Equal([site], heading.SiteWords);
    }

    [Theory]
    [InlineData("Left hip\n\nSynovitis.")]
    [InlineData("The patient reports pain in the right knee\nSynovitis.")]
    [InlineData("Synovitis.")]
    [InlineData("ASSESSMENT:\nSynovitis.")]
    public void BlankLineSentenceOrHeadingOfNoSiteGivesNoHeading(string text)
    {
        Assert.Null(HeadingSite.Above(text, text.IndexOf("Synovitis", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("LEFT HIP:\nSynovitis.", "M65.952", "Synovitis")]
    [InlineData("RIGHT KNEE:\nPain in the knee.", "M25.561", "Pain in the knee")]
    [InlineData("RIGHT KNEE: Moderate synovitis.", "M65.961", "synovitis")]
    [InlineData("Left knee.\nOsteolysis.", "M89.562", "Osteolysis")]
    public void FindingTakesTheSideAndSiteOfItsHeading(string text, string code, string evidence)
    {
        var suggestion = Assert.Single(Codes(text), suggestion => suggestion.Code == code);

        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Theory]
    [InlineData("RIGHT KNEE:\nSynovitis of the left hip.", "M65.952")]
    [InlineData("Left hip\n\nSynovitis.", "M65.90")]
    public void SentenceOwnSideOrABlankLineKeepsTheHeadingOut(string text, string code)
    {
        Assert.Equal([code], Codes(text).Select(suggestion => suggestion.Code));
    }
}
