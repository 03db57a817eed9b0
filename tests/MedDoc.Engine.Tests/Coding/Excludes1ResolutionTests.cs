using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

public sealed class Excludes1ResolutionTests
{
    private static readonly IcdTerminology Terminology = IcdTerminology.Embedded;

    private static CodeSuggestion Suggestion(string code, int mentions = 1, double confidence = 0.85, string? title = null) =>
        new(code, title ?? code, Enumerable.Range(0, mentions).Select(i => new Span(i * 10, i * 10 + 5, "words")).ToArray(), confidence, CodeBasis.Documented);

    private static string Kept(params CodeSuggestion[] codes) =>
        string.Join(' ', Excludes1Resolution.Resolve(codes, Terminology).Select(code => code.Code));

    [Fact]
    public void TheTerminologyForbidsThePairsUsedBelow()
    {
        Assert.True(Terminology.Excludes("J45.909", "R06.2"));
        Assert.True(Terminology.Excludes("N17.9", "N19"));
        Assert.True(Terminology.Excludes("R50.9", "R68.83"));
        Assert.True(Terminology.Excludes("D69.6", "D65"));
        Assert.False(Terminology.Excludes("I10", "E11.9"));
    }

    [Fact]
    public void DiagnosisWinsOverTheSymptomItsNoteExcludes()
    {
        Assert.Equal("J45.909", Kept(Suggestion("R06.2", mentions: 3), Suggestion("J45.909")));
    }

    [Fact]
    public void CodeStatedMoreOftenWins()
    {
        Assert.Equal("R50.9", Kept(Suggestion("R50.9", mentions: 2), Suggestion("R68.83")));
    }

    [Fact]
    public void SurerCodeWinsWhenBothAreStatedAsOften()
    {
        Assert.Equal("N19", Kept(Suggestion("N17.9"), Suggestion("N19", confidence: 0.9)));
    }

    [Fact]
    public void ANamedConditionWinsOverAnUnspecifiedOneOfAnEvenPair()
    {
        Assert.Equal("D65", Kept(Suggestion("D69.6", title: "Thrombocytopenia, unspecified"), Suggestion("D65", title: "Disseminated intravascular coagulation [defibrination syndrome]")));
    }

    [Fact]
    public void MoreSpecificCodeWinsAnEvenPair()
    {
        Assert.Equal("N17.9", Kept(Suggestion("N19"), Suggestion("N17.9")));
    }

    [Fact]
    public void CodesNoNoteForbidsTogetherAreAllKeptInTheirOrder()
    {
        Assert.Equal("I10 E11.9 J45.909", Kept(Suggestion("I10"), Suggestion("E11.9"), Suggestion("J45.909")));
    }

    [Fact]
    public void EngineNeverSuggestsBothCodesOfAnExcludes1Pair()
    {
        var codes = new ClinicalEngine().Analyze("ASSESSMENT: Acute kidney failure. Kidney failure. Asthma with wheezing.").Codes.Select(code => code.Code).ToArray();

        Assert.Contains("N17.9", codes);
        Assert.Contains("J45.909", codes);
        Assert.DoesNotContain("N19", codes);
        Assert.DoesNotContain("R06.2", codes);
        Assert.All(codes, first => Assert.All(codes, second => Assert.False(first != second && Terminology.Excludes(first, second), $"{first} with {second}")));
    }
}
