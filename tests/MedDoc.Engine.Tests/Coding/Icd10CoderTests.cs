using MedDoc.Engine.Coding;
using MedDoc.Engine.Concepts;
using MedDoc.Engine.Sections;

namespace MedDoc.Engine.Tests.Coding;

public sealed class Icd10CoderTests
{
    private static readonly ClinicalEngine Engine = new();

    private static IReadOnlyList<CodeSuggestion> Codes(string text) => Engine.Analyze(text).Codes;

    [Fact]
    public void PresentEffusionIsCodedWithVerbatimEvidence()
    {
        const string text = "IMPRESSION: Small left pleural effusion.";

        var code = Assert.Single(Codes(text));

        Assert.Equal("J90", code.Code);
        Assert.Equal("Pleural effusion, not elsewhere classified", code.Description);
        Assert.Equal([new Span(23, 39, "pleural effusion")], code.Evidence);
        Assert.Equal(CodeBasis.Documented, code.Basis);
        Assert.Equal(Assertion.Present, code.Assertion);
        Assert.InRange(code.Confidence, 0.0, 1.0);
    }

    [Theory]
    [InlineData("FINDINGS: No pleural effusion.")]
    [InlineData("FINDINGS: Pneumothorax is not seen.")]
    [InlineData("IMPRESSION: Cannot exclude early pneumonia.")]
    [InlineData("IMPRESSION: Rule out pneumonia.")]
    [InlineData("HPI: History of pneumothorax.")]
    [InlineData("FAMILY HISTORY: Mother has emphysema.")]
    [InlineData("IMPRESSION: The effusions have resolved.")]
    public void MentionThatIsNotPresentIsNotCoded(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void NoChangeInTheEffusionIsCoded()
    {
        Assert.Equal(["J90"], Codes("FINDINGS: No change in the small left pleural effusion.").Select(code => code.Code));
    }

    [Fact]
    public void ReasonForStudyAloneIsNotCoded()
    {
        Assert.Empty(Codes("INDICATION: Pneumonia.\nFINDINGS: Clear lungs."));
    }

    [Fact]
    public void ReasonForStudyConfirmedByTheReportIsCodedFromTheReport()
    {
        const string text = "INDICATION: Pneumonia.\nIMPRESSION: Right lower lobe pneumonia.";

        var code = Assert.Single(Codes(text));

        Assert.Equal("J18.9", code.Code);
        Assert.Equal([new Span(52, 61, "pneumonia")], code.Evidence);
    }

    [Fact]
    public void OneSuggestionPerCodeCarriesEveryEvidenceSpan()
    {
        const string text = "FINDINGS: Small pleural effusion.\nIMPRESSION: Pleural effusion.";

        var code = Assert.Single(Codes(text));

        Assert.Equal([new Span(16, 32, "pleural effusion"), new Span(46, 62, "Pleural effusion")], code.Evidence);
    }

    [Fact]
    public void EmphysemaSupersedesCopd()
    {
        Assert.Equal(["J43.9"], Codes("IMPRESSION: COPD with emphysema.").Select(code => code.Code));
    }

    [Fact]
    public void LobarPneumoniaSupersedesUnspecifiedPneumonia()
    {
        Assert.Equal(["J18.1"], Codes("IMPRESSION: Left lower lobar pneumonia. Pneumonia.").Select(code => code.Code));
    }

    [Fact]
    public void ThoracicSiteGivesTheSpecificSpondylosisCode()
    {
        Assert.Equal(["M47.814"], Codes("FINDINGS: Degenerative changes of the thoracic spine. Spondylosis.").Select(code => code.Code));
    }

    [Fact]
    public void CombinationRuleReplacesItsParts()
    {
        var diabetes = new ConceptRule("type_2_diabetes", "type 2 diabetes", "E11.9", ["type 2 diabetes"], [], "Type 2 diabetes. → E11.9", "test");
        var ckd = new ConceptRule("chronic_kidney_disease", "chronic kidney disease", "N18.9", ["ckd"], [], "CKD. → N18.9", "test");
        var combination = new CombinationRule("t2dm_with_ckd", ["type_2_diabetes", "chronic_kidney_disease"], "E11.22", ["E11.9"], "Type 2 diabetes. CKD. → E11.22", "test");
        var lexicon = ConceptLexicon.Create([diabetes, ckd], [combination]);
        var sections = new Sectionizer();
        const string text = "ASSESSMENT: Type 2 diabetes. CKD.";
        var split = sections.Split(text);
        var findings = new FindingExtractor(lexicon).Extract(text, split);

        var codes = new Icd10Coder(lexicon, IcdCatalog.Embedded, new LabCoder(IcdCatalog.Embedded)).Code(text, split, findings, []);

        Assert.Equal(["E11.22", "N18.9"], codes.Select(code => code.Code).Order());
        var combined = Assert.Single(codes, code => code.Code == "E11.22");
        Assert.Equal([new Span(12, 27, "Type 2 diabetes"), new Span(29, 32, "CKD")], combined.Evidence);
    }

    [Fact]
    public void CodeMissingFromTheCatalogKeepsTheConceptName()
    {
        var concept = new ConceptRule("made_up", "made-up condition", "Z99.99", ["zebra sign"], [], "Zebra sign. → Z99.99", "test");
        var lexicon = ConceptLexicon.Create([concept], []);
        const string text = "Zebra sign.";
        var split = new Sectionizer().Split(text);
        var findings = new FindingExtractor(lexicon).Extract(text, split);

        var code = Assert.Single(new Icd10Coder(lexicon, IcdCatalog.Embedded, new LabCoder(IcdCatalog.Embedded)).Code(text, split, findings, []));

        Assert.Equal("made-up condition", code.Description);
    }

    [Fact]
    public void EvidenceOfEveryCodeIsVerbatim()
    {
        const string text = "FINDINGS: Heart is mildly enlarged.\r\nSmall left effusion. Thoracic spondylosis.\nIMPRESSION: Cardiomegaly.";

        var codes = Codes(text);

        Assert.Equal(["I51.7", "J90", "M47.814"], codes.Select(code => code.Code).Order());
        Assert.All(codes, code => Assert.True(EvidenceValidator.IsValid(code, text)));
    }

    [Fact]
    public void ConclusionSectionGivesHigherConfidenceThanFindings()
    {
        var fromFindings = Assert.Single(Codes("FINDINGS: Cardiomegaly."));
        var fromImpression = Assert.Single(Codes("IMPRESSION: Cardiomegaly."));

        Assert.True(fromImpression.Confidence > fromFindings.Confidence);
    }

    [Fact]
    public void PastMedicalHistoryCodesLastingConditionsButNotEpisodes()
    {
        Assert.Equal(["J44.9"], Codes("PMH: COPD, pneumonia 2015.").Select(code => code.Code));
    }

    [Fact]
    public void DocumentedDiagnosisSupersedesItsLabValueCode()
    {
        const string text = "LABS:\nHemoglobin 9.2 g/dL (L)\nASSESSMENT: Iron deficiency anemia.";

        var code = Assert.Single(Codes(text));

        Assert.Equal(("D50.9", CodeBasis.Documented), (code.Code, code.Basis));
        Assert.Equal([new Span(42, 64, "Iron deficiency anemia")], code.Evidence);
    }

    [Fact]
    public void AbnormalLabWithoutADiagnosisKeepsItsLabValueCode()
    {
        var code = Assert.Single(Codes("LABS:\nHemoglobin 9.2 g/dL (L)"));

        Assert.Equal(("D64.9", CodeBasis.LabValue), (code.Code, code.Basis));
    }

    [Fact]
    public void IndicationSectionIsNotCodedByRule()
    {
        Assert.False(SectionRuleSet.Embedded.Find("indication").Coded);
    }
}
