using MedDoc.Engine.Coding;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class WordSpecificityTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("A 54-year-old smoker of 30 cigarettes a day.", "F17.210")]
    [InlineData("He has had paralytic ileus since the operation.", "K56.0")]
    [InlineData("Paraplegia, complete, since the accident.", "G82.21")]
    [InlineData("A 60-year-old man who smokes 15 cigarettes a day.", "F17.210")]
    [InlineData("He has stage IV chronic kidney disease.", "N18.4")]
    [InlineData("Chronic kidney disease stage V on hemodialysis.", "N18.5")]
    public void DistinguishingWordsStatedBesideTheConditionChooseTheSpecificCode(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("A 54-year-old smoker.", "F17.200")]
    [InlineData("A 54-year-old smoker. His wife buys cigarettes for him.", "F17.200")]
    [InlineData("Paraplegia, complete or incomplete, was not assessed yet.", "G82.20")]
    [InlineData("Chronic kidney disease; IV fluids were given.", "N18.9")]
    public void NoWordsAWordInAnotherSentenceOrTwoEquallyStatedCodesLeaveTheCodeOpen(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void WordsTheMatchedConceptAlreadyReadDoNotRefineItsCode()
    {
        Assert.Contains("J43.9", Codes("IMPRESSION: Centrilobular emphysema."));
    }

    [Fact]
    public void ParenthesisedWordsOfTheSpecificTitleNeedNotBeStated()
    {
        const string text = "Heart failure, chronic and systolic.";
        var document = TextModel.Read(text);
        var code = new CodeSuggestion("I50.9", "Heart failure, unspecified", [new Span(0, 13, "Heart failure")], 0.85, CodeBasis.Documented);

        Assert.Equal("I50.22", Assert.Single(WordSpecificity.Refine([code], document, IcdCatalog.Embedded)).Code);
    }

    [Fact]
    public void CodeWhoseTitleLeavesNothingOpenAndLabCodesAreKept()
    {
        var document = TextModel.Read("Chronic hypertension, smoker of cigarettes.");
        var closed = new CodeSuggestion("I10", "Essential (primary) hypertension", [new Span(8, 20, "hypertension")], 0.85, CodeBasis.Documented);
        var lab = new CodeSuggestion("F17.200", "Nicotine dependence, unspecified, uncomplicated", [new Span(22, 28, "smoker")], 0.85, CodeBasis.LabValue);

        Assert.Equal([closed, lab], WordSpecificity.Refine([closed, lab], document, IcdCatalog.Embedded));
    }
}
