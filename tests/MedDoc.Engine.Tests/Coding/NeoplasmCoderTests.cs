using MedDoc.Engine.Assertions;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class NeoplasmCoderTests
{
    private static readonly NeoplasmCoder Coder = new(IcdTerminology.Embedded, new AssertionDetector(), SectionRuleSet.Embedded);
    private static IReadOnlyList<NeoplasmMention> Code(string text) => Coder.Code(TextModel.Read(text));

    private static string[] Codes(string text) => Code(text).Select(mention => mention.Code).Distinct().ToArray();

    [Fact]
    public void SpecimenHeadingGivesTheSiteAndItsSide()
    {
        const string text = "A. Kidney, left, radical nephrectomy:\nClear cell renal cell carcinoma, Fuhrman grade 2.";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C64.2", mention.Code);
        Assert.Equal(["Kidney", "renal cell carcinoma"], mention.Evidence.Select(span => span.Text));
        Assert.All(mention.Evidence, span => Assert.True(span.IsExactIn(text)));
    }

    [Theory]
    [InlineData("FINAL DIAGNOSIS: Adenocarcinoma of the prostate, Gleason 3+4=7.", "C61")]
    [InlineData("Lung, right upper lobe, lobectomy:\nSquamous cell carcinoma, moderately differentiated.", "C34.11")]
    [InlineData("Bladder; transitional cell carcinoma G3 pT2.", "C67.9")]
    [InlineData("Uterus, endometrium: endometrioid adenocarcinoma, FIGO grade 1.", "C54.1")]
    [InlineData("DIAGNOSIS: Glioblastoma, WHO grade IV.", "C71.9")]
    [InlineData("Liver, segment 6, resection:\nHepatocellular carcinoma, moderately differentiated.", "C22.0")]
    [InlineData("Colon, sigmoid, resection: tubular adenoma.", "D12.5")]
    [InlineData("Cervix, biopsy: squamous cell carcinoma in situ.", "D06.9")]
    public void MorphologyAndSiteChooseTheTableCode(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void LymphNodeMetastasisIsCodedAsSecondaryOfItsRegion()
    {
        Assert.Equal(["C77.3"], Codes("Lymph nodes, left axillary, dissection:\nMetastatic carcinoma in 2 of 12 lymph nodes."));
    }

    [Fact]
    public void SiteTheTumourSpreadsIntoIsNotItsOrigin()
    {
        Assert.Equal(["C67.9"], Codes("(A) BLADDER TUMOR:\nUROTHELIAL CARCINOMA, HIGH GRADE.\nUROTHELIAL CARCINOMA INVOLVING PROSTATIC DUCTS."));
    }

    [Fact]
    public void OtherSpecimensOfOneResectionAreSecondarySites()
    {
        const string text = "DIAGNOSIS:\nA. Ovary, right, oophorectomy:\nSerous carcinoma, high grade.\nB. Ovary, left:\nSerous carcinoma.\nC. Omentum:\nCarcinoma.";

        Assert.Equal(["C56.1", "C56.2", "C78.6"], Codes(text));
    }

    [Fact]
    public void OcrSplitMorphologyIsReadWithVerbatimEvidence()
    {
        const string text = "BLADDER, TRANSURETHRAL RESECTION:\nUrothelial carci noma, high grade.";

        var mention = Assert.Single(Code(text));

        Assert.Equal("C67.9", mention.Code);
        Assert.Equal("Urothelial carci noma", mention.Morphology.Text);
    }

    [Theory]
    [InlineData("Lymph nodes, regional:\nNegative for carcinoma (0/14).")]
    [InlineData("DIAGNOSIS: Prostate, biopsy: no evidence of malignancy.")]
    [InlineData("FAMILY HISTORY: Mother with breast cancer.")]
    [InlineData("INDICATION: Breast cancer, restaging.")]
    [InlineData("IMPRESSION: Suspicious for lung carcinoma.")]
    [InlineData("Mesenteric margin uninvolved by invasive carcinoma.")]
    [InlineData("PLAN:\nColon cancer screening is up to date.")]
    public void MentionThatIsNotAPresentTumourIsNotCoded(string text)
    {
        Assert.Empty(Code(text));
    }

    [Fact]
    public void EngineLetsTheTablePlaceACuratedMorphology()
    {
        var engine = new ClinicalEngine();

        var codes = engine.Analyze("DIAGNOSIS:\nA. Ovary, right:\nTransitional cell carcinoma, high grade.").Codes.Select(code => code.Code);

        Assert.Equal(["C56.1"], codes);
    }
}
