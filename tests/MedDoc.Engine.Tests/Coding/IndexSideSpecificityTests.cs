using MedDoc.Engine.Coding;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class IndexSideSpecificityTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("She presented with sudden loss of vision in her left eye.", "H54.62")]
    [InlineData("He reported painless vision loss in the right eye (OD) for two weeks.", "H54.61")]
    [InlineData("A 70-year-old man with bilateral vision loss of six weeks.", "H54.3")]
    [InlineData("Progressive loss of visual acuity in both eyes.", "H54.3")]
    [InlineData("She noticed loss of vision.", "H54.7")]
    [InlineData("He consulted for decreased visual acuity in the right eye.", "H54.61")]
    [InlineData("She noticed a progressive decrease in vision.", "H54.7")]
    [InlineData("In the left eye there was a serous macular detachment.", "H33.22")]
    public void LossOfVisionTakesTheIndexSubtermOfTheSideStated(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("Loss of vision, right eye worse than left.")]
    [InlineData("Visual loss.")]
    public void TwoSidesOrNoneLeaveTheUnspecifiedVisualLoss(string text)
    {
        var codes = Codes(text);

        Assert.Contains("H54.7", codes);
        Assert.DoesNotContain(codes, code => code is "H54.61" or "H54.62" or "H54.3");
    }

    [Theory]
    [InlineData("There was no loss of vision in the left eye.")]
    [InlineData("Visual acuity was 0.5 in the left eye.")]
    [InlineData("Visual acuity was 0.8 in both eyes, with no decrease in visual acuity since the last visit.")]
    public void NegatedLossOfVisionAndAMeasuredAcuityAreNotCoded(string text)
    {
        Assert.DoesNotContain(Codes(text), code => code.StartsWith("H54", StringComparison.Ordinal));
    }

    [Fact]
    public void ACodeWithoutSidedSubtermsIsKept()
    {
        var document = TextModel.Read("Left-sided hypertension.");
        var code = new CodeSuggestion("I10", "Essential (primary) hypertension", [new Span(11, 23, "hypertension")], 0.85, CodeBasis.Documented);
        var sided = new Dictionary<string, IReadOnlyDictionary<BodySide, string>> { ["H54.7"] = new Dictionary<BodySide, string> { [BodySide.Left] = "H54.62" } };

        Assert.Equal([code], IndexSideSpecificity.Refine([code], document, sided, IcdCatalog.Embedded));
    }

    [Theory]
    [InlineData("Osteoarthritis of the right knee.", "M17.11")]
    [InlineData("She has osteoarthritis of the left knee and diabetes.", "M17.12")]
    [InlineData("Left coxarthrosis.", "M16.12")]
    [InlineData("Bilateral gonarthrosis.", "M17.0")]
    [InlineData("Osteoarthritis of the knee.", "M17.9")]
    public void OsteoarthritisOfAKneeOrHipTakesTheIndexSubtermOfTheSideStated(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void ASideOfAnEarlierItemOfTheSentenceIsNotTheHipsSide()
    {
        var codes = Codes("Right knee pain and osteoarthritis of the hip.");
        Assert.Contains("M25.561", codes);
        Assert.Contains("M16.9", codes);
    }
}
