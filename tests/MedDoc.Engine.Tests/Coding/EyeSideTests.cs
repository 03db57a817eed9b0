using MedDoc.Engine.Coding;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class EyeSideTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("In the left eye the fundus showed, after the trauma two weeks earlier, a vitreous hemorrhage.", "H43.12")]
    [InlineData("Conjunctival hyperemia was marked in the OD.", "H11.431")]
    [InlineData("The patient had myopia of -0.75 diopters in both eyes.", "H52.13")]
    [InlineData("Visual acuity was 0.1 in the left eye (LE). A vitreous hemorrhage was seen on fundoscopy.", "H43.12")]
    [InlineData("She consulted for pain in the right eye. Slit lamp examination showed conjunctival hyperemia.", "H11.431")]
    public void AnEyeFindingTakesTheEyeItsSentenceOrItsReportNames(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("Visual acuity was 0.1 in the right eye and 0.5 in the left eye. A vitreous hemorrhage was seen on fundoscopy.")]
    [InlineData("Visual acuity was 0.2 in both eyes. A vitreous hemorrhage was seen on fundoscopy.")]
    [InlineData("Edema of the left leg. A vitreous hemorrhage was seen on fundoscopy.")]
    [InlineData("He was re-examined a week later. A vitreous hemorrhage was seen on fundoscopy.")]
    [InlineData("Bilateral LE edema. Admitted after an OD of heroin. A vitreous hemorrhage was seen on fundoscopy.")]
    [InlineData("Visual acuity was 0.3 in the OD. A vitreous hemorrhage was seen on fundoscopy.")]
    public void AReportNamingBothEyesNoEyeOrAnotherSideOrAnAbbreviationOnlyLeavesTheEyeOpen(string text)
    {
        Assert.Contains("H43.10", Codes(text));
    }

    [Theory]
    [InlineData("H43.10", true)]
    [InlineData("H59.89", true)]
    [InlineData("H60.90", false)]
    [InlineData("H91.90", false)]
    [InlineData("M25.561", false)]
    public void EyeCodesAreThoseOfTheEyeAndAdnexaChapter(string code, bool expected)
    {
        Assert.Equal(expected, EyeSide.IsEyeCode(code));
    }

    [Fact]
    public void LowerCaseAbbreviationsNameNoEye()
    {
        var document = TextModel.Read("The os was closed. A vitreous hemorrhage was seen.");
        var start = document.Text.IndexOf("vitreous", StringComparison.Ordinal);

        Assert.Equal(BodySide.Unspecified, EyeSide.Stated(document, [new Span(start, start + 19, "vitreous hemorrhage")]));
    }
}
