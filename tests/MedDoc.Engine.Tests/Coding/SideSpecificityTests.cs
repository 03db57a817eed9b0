using MedDoc.Engine.Coding;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class SideSpecificityTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("Right knee pain.", "M25.561")]
    [InlineData("Left knee pain for two weeks.", "M25.562")]
    [InlineData("Deep vein thrombosis of the left leg.", "I82.402")]
    [InlineData("Right femoropopliteal deep vein thrombosis.", "I82.401")]
    [InlineData("She developed left hemiparesis after the stroke.", "G81.94")]
    [InlineData("Right hemiplegia since the accident.", "G81.91")]
    [InlineData("She reported bilateral eye pain.", "H57.13")]
    [InlineData("He reported tinnitus with significant bilateral hearing loss.", "H91.93")]
    [InlineData("Hearing loss in the right ear.", "H91.91")]
    [InlineData("He was referred for a choroid melanoma in the left eye.", "C69.32")]
    [InlineData("She had photophobia in the left eye.", "H53.142")]
    public void SideStatedBesideTheConditionChoosesTheSidedSibling(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("Knee pain.", "M25.569")]
    [InlineData("Knee pain, right and left.", "M25.569")]
    [InlineData("The knee pain began after the patient fell on her hands.", "M25.569")]
    [InlineData("The right kidney is normal and the patient reports knee pain.", "M25.569")]
    [InlineData("Hemiplegia since the accident.", "G81.90")]
    [InlineData("He reported hearing loss.", "H91.90")]
    [InlineData("He was referred for a choroidal melanoma.", "C69.30")]
    [InlineData("She complained of photophobia.", "H53.149")]
    public void NoSideBothSidesASideTooFarOrNoSiblingForItLeavesTheCodeOpen(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("Bilateral knee pain.", "M25.561", "M25.562")]
    [InlineData("She came for pain in both wrists and paresthesias of the hands.", "M25.531", "M25.532")]
    [InlineData("She began with pain in both lower limbs and coldness of the feet.", "M79.604", "M79.605")]
    [InlineData("She reported pain in the lower limbs after walking.", "M79.604", "M79.605")]
    [InlineData("Pain in the knees on climbing stairs.", "M25.561", "M25.562")]
    public void ConditionOfBothSidesWithNoBilateralCodeIsCodedOncePerSide(string text, string right, string left)
    {
        var codes = Codes(text);

        Assert.Contains(right, codes);
        Assert.Contains(left, codes);
        Assert.DoesNotContain(codes, code => code is "M25.569" or "M25.539" or "M79.606");
    }

    [Theory]
    [InlineData("She reported eye pain in both eyes.", "H57.13")]
    [InlineData("Chest CT showed metastases in both lungs.", "C78.00")]
    public void BothSidesTakeTheBilateralCodeWhereThereIsOneAndNeoplasmsStayAsTheTablePlacesThem(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void ACodeWhoseTitleHasNoOpenSideIsKept()
    {
        var document = TextModel.Read("Right-sided hypertension.");
        var code = new CodeSuggestion("I10", "Essential (primary) hypertension", [new Span(12, 24, "hypertension")], 0.85, CodeBasis.Documented);

        Assert.Equal([code], SideSpecificity.Refine([code], document, IcdCatalog.Embedded));
    }

    [Fact]
    public void LabValueCodesAreLeftAsTheyAreAndAnOpenNeoplasmCodeTakesItsSide()
    {
        var document = TextModel.Read("Right kidney carcinoma. Right arm: hemoglobin low.");
        CodeSuggestion[] codes =
        [
            new("C64.9", "Malignant neoplasm of unspecified kidney, except renal pelvis", [new Span(0, 22, "Right kidney carcinoma")], 0.85, CodeBasis.Documented),
            new("M79.603", "Pain in arm, unspecified", [new Span(24, 33, "Right arm")], 0.85, CodeBasis.LabValue),
        ];

        var refined = SideSpecificity.Refine(codes, document, IcdCatalog.Embedded);

        Assert.Equal(["C64.1", "M79.603"], refined.Select(code => code.Code));
    }

    [Theory]
    [InlineData("Otitis media and right knee pain.", "H66.90", "M25.561")]
    [InlineData("Pain in the left knee and right hip.", "M25.562", null)]
    public void ASideBeforeALaterLimbIsThatLimbsNotTheEarlierConditions(string text, string first, string? second)
    {
        var codes = Codes(text);
        Assert.Contains(first, codes);
        if (second is not null)
        {
            Assert.Contains(second, codes);
        }
    }

    [Fact]
    public void ASideAfterTheConditionBeforeItsOwnOrganStillCounts()
    {
        Assert.Contains("H66.91", Codes("Otitis media in the right ear."));
    }
}
