using MedDoc.Engine.Labs;
using MedDoc.Engine.Summaries;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Summaries;

public sealed class DocumentSummarizerTests
{
    private static readonly DocumentSummarizer Summarizer = new();
    private static readonly LabValueParser Parser = new();

    private static DocumentSummary Summarize(string text, params Finding[] findings)
    {
        var document = TextModel.Read(text);
        return Summarizer.Summarize(document, Parser.Parse(document), findings);
    }

    private static Finding FindingOf(string text, string concept, Assertion assertion)
    {
        var start = text.IndexOf(concept, StringComparison.OrdinalIgnoreCase);
        return new Finding(concept.Replace(' ', '_'), concept, assertion, Span.Of(text, start, start + concept.Length), "body");
    }

    [Fact]
    public void NormalStudySummaryIsItsImpression()
    {
        const string text = "FINDINGS: The lungs are clear. No pleural effusion.\nIMPRESSION: No acute cardiopulmonary abnormality.";
        Assert.Equal("No acute cardiopulmonary abnormality.", Summarize(text).Text);
    }

    [Fact]
    public void ImpressionFromTheSectionizerIsUsed()
    {
        const string text = "FINDINGS: Enlarged heart.\nIMPRESSION: Cardiomegaly.";
        var document = TextModel.Read(text);
        Assert.Equal(["findings", "impression"], document.Sections.Select(section => section.Category));
        Assert.Equal("Cardiomegaly.", Summarizer.Summarize(document, [], []).Text);
    }

    [Fact]
    public void NumberedImpressionItemsBecomeSentences()
    {
        const string text = "IMPRESSION:\n1. Small left pleural effusion\n2. Mild cardiomegaly";
        Assert.Equal("Small left pleural effusion. Mild cardiomegaly.", Summarize(text).Text);
    }

    [Theory]
    [InlineData("IMPRESSION:\n1.  Mild\t\tcardiomegaly,\n   unchanged;", "Mild cardiomegaly, unchanged.")]
    [InlineData("IMPRESSION: Small left effusion?  ", "Small left effusion?")]
    [InlineData("IMPRESSION: 12) Stable nodule :", "Stable nodule.")]
    public void ImpressionSentenceIsWrittenOnOneLineWithoutItsListNumberEndingInAStop(string text, string expected)
    {
        Assert.Equal(expected, Summarize(text).Text);
    }

    [Fact]
    public void ImpressionWithoutALetterIsNotASentence()
    {
        Assert.DoesNotContain("3.", Summarize("IMPRESSION: 3.\nFINDINGS: Clear lungs.").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryHasAtMostThreeSentences()
    {
        const string text = "IMPRESSION: One. Two. Three. Four. Five.";
        Assert.Equal("One. Two. Three.", Summarize(text).Text);
    }

    [Fact]
    public void SummaryIsAtMostFourHundredCharacters()
    {
        var text = "IMPRESSION: " + string.Join(' ', Enumerable.Repeat("Extensive bilateral airspace opacities", 30)) + ".";
        Assert.InRange(Summarize(text).Text.Length, 1, 400);
    }

    [Fact]
    public void AbnormalLabsJoinTheSummary()
    {
        const string text = "CBC\nHemoglobin 9.2 g/dL (13.5-17.5) L\nPlatelets 250 K/uL (150-400)";
        Assert.Equal("Abnormal labs: hemoglobin 9.2 g/dL (low).", Summarize(text).Text);
    }

    [Fact]
    public void AbnormalLabIsAKeyFinding()
    {
        const string text = "Hemoglobin 9.2 g/dL (13.5-17.5) L";
        Assert.Equal(["Hemoglobin 9.2 g/dL (low)"], Summarize(text).KeyFindings);
    }

    [Fact]
    public void NormalLabIsNotAKeyFinding()
    {
        Assert.Empty(Summarize("Platelets 250 K/uL (150-400)").KeyFindings);
    }

    [Fact]
    public void AllNormalLabsAreSaidToBeNormal()
    {
        Assert.Equal("All 2 lab results are within their reference ranges.", Summarize("Sodium 140 mmol/L\nPotassium 4.0 mmol/L").Text);
    }

    [Fact]
    public void ImpressionAndAbnormalLabsShareTheSummary()
    {
        const string text = "Sodium 128 mmol/L L\nASSESSMENT: Hyponatremia, likely SIADH. Fluid restriction.";
        Assert.Equal("Hyponatremia, likely SIADH. Fluid restriction. Abnormal labs: sodium 128 mmol/L (low).", Summarize(text).Text);
    }

    [Fact]
    public void PresentFindingIsAKeyFinding()
    {
        const string text = "Mild cardiomegaly.";
        Assert.Equal(["Cardiomegaly"], Summarize(text, FindingOf(text, "cardiomegaly", Assertion.Present)).KeyFindings);
    }

    [Fact]
    public void NegatedFindingIsNeverAKeyFinding()
    {
        const string text = "No pleural effusion.";
        Assert.Empty(Summarize(text, FindingOf(text, "pleural effusion", Assertion.Negated)).KeyFindings);
    }

    [Fact]
    public void PresentFindingsSummariseAReportWithoutImpression()
    {
        const string text = "The heart is enlarged. Cardiomegaly. No effusion.";
        Assert.Equal("Findings: cardiomegaly.", Summarize(text, FindingOf(text, "cardiomegaly", Assertion.Present), FindingOf(text, "effusion", Assertion.Negated)).Text);
    }

    [Fact]
    public void TextWithoutImpressionOrFindingsIsSummarisedByItsFirstSentences()
    {
        const string text = "Dear Ms. Example,\nThis letter confirms your appointment. Please arrive early. Bring your card. Thank you.";
        Assert.Equal("Dear Ms. Example. This letter confirms your appointment. Please arrive early.", Summarize(text).Text);
    }

    [Fact]
    public void EmptyTextHasTheEmptySummary()
    {
        Assert.Equal(DocumentSummary.Empty, Summarizer.Summarize(TextModel.Read(" "), [], []));
    }

    [Fact]
    public void NonAsciiImpressionIsKept()
    {
        Assert.Equal("Temperature 38.5 °C; µ-opacity ≥ 2 cm.", Summarize("IMPRESSION: Temperature 38.5 °C; µ-opacity ≥ 2 cm.").Text);
    }

    [Fact]
    public void SummaryIsDeterministic()
    {
        const string text = "Hemoglobin 9.2 g/dL L\nIMPRESSION: Anemia.";
        Assert.Equal(Summarize(text).Text, Summarize(text).Text);
    }

    [Fact]
    public void DischargeSummaryIsSummarisedByItsDischargeDiagnoses()
    {
        const string text = "DISCHARGE SUMMARY\nHOSPITAL COURSE: Treated with antibiotics.\nDISCHARGE DIAGNOSES:\n1. Community-acquired pneumonia\n2. Type 2 diabetes mellitus\nDISCHARGE MEDICATIONS: Amoxicillin.";
        Assert.Equal("Community-acquired pneumonia. Type 2 diabetes mellitus.", Summarize(text).Text);
    }

    [Fact]
    public void LongTextWithoutSentenceEndsIsCutToTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("opacity ", 200_000));
        Assert.InRange(Summarize(text).Text.Length, 1, 400);
    }

    [Fact]
    public void IndicationFindingIsNotAKeyFinding()
    {
        const string text = "INDICATION: Chest pain.\nIMPRESSION: Normal chest.";
        var finding = FindingOf(text, "chest pain", Assertion.Present) with { Section = "indication" };
        Assert.Empty(Summarize(text, finding).KeyFindings);
    }
}
