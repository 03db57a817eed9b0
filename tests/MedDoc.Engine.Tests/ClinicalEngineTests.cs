using System.Text;

namespace MedDoc.Engine.Tests;

public sealed class ClinicalEngineTests
{
    private static readonly ClinicalEngine Engine = new();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \r\n\t ")]
    public void EmptyOrWhitespaceTextGivesTheEmptyResult(string text)
    {
        Assert.Same(AnalysisResult.Empty, Engine.Analyze(text));
    }

    [Fact]
    public void BinaryGarbageGivesAnOtherResultAndNoException()
    {
        var random = new Random(42);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xFFFF);
        }
        chars[10] = '\0';
        chars[11] = '\uD800';

        var result = Engine.Analyze(new string(chars));

        Assert.Equal(DocumentType.Other, result.Classification.Type);
        Assert.All(result.Codes, code => Assert.True(EvidenceValidator.IsValid(code, new string(chars))));
    }

    [Fact]
    public void CharacterOutsideTheBmpShiftsCodePointOffsetsByOne()
    {
        const string text = "😀 IMPRESSION: Cardiomegaly.";

        var span = Assert.Single(Assert.Single(Engine.Analyze(text).Codes).Evidence);

        Assert.Equal(new Span(15, 27, "Cardiomegaly"), span);
        Assert.Equal((14, 26), span.ToCodePointOffsets(new CodePointMap(text)));
    }

    [Fact]
    public void AnalysisIsDeterministicAcrossThreads()
    {
        const string text = "FINDINGS: Heart size is mildly enlarged. No pneumothorax.\nIMPRESSION: Small left pleural effusion.";
        var expected = Engine.Analyze(text);

        var codes = new string[64];
        Parallel.For(0, codes.Length, i => codes[i] = string.Join(',', Engine.Analyze(text).Codes.Select(code => code.Code)));

        Assert.All(codes, answer => Assert.Equal(string.Join(',', expected.Codes.Select(code => code.Code)), answer));
    }

    [Fact]
    public void FiveMegabytesOfReportsAreAnalysedWhole()
    {
        const string report = "FINDINGS: Mild cardiomegaly. No pneumothorax or pleural effusion.\nIMPRESSION: Thoracic spondylosis.\n";
        var copies = 5 * 1024 * 1024 / report.Length + 1;
        var text = new StringBuilder(report.Length * copies).Insert(0, report, copies).ToString();

        var result = Engine.Analyze(text);

        Assert.Equal(copies * 4, result.Findings.Count);
        var cardiomegaly = Assert.Single(result.Codes, code => code.Code == "I51.7");
        Assert.Equal(copies, cardiomegaly.Evidence.Count);
        Assert.DoesNotContain(result.Codes, code => code.Code == "J90");
    }

    [Fact]
    public void HundredThousandListItemsAreAllNegated()
    {
        var text = "No pneumothorax" + string.Concat(Enumerable.Repeat(", pleural effusion", 100_000)) + ".";

        var result = Engine.Analyze(text);

        Assert.Equal(100_001, result.Findings.Count);
        Assert.All(result.Findings, finding => Assert.Equal(Assertion.Negated, finding.Assertion));
        Assert.Empty(result.Codes);
    }

    [Fact]
    public void OneMegabyteLineWithoutSentenceEndsIsAnalysed()
    {
        var text = string.Concat(Enumerable.Repeat("atelectasis ", 1024 * 1024 / 12));

        var result = Engine.Analyze(text);

        Assert.Equal(1024 * 1024 / 12, result.Findings.Count);
        Assert.Equal(1024 * 1024 / 12, Assert.Single(result.Codes).Evidence.Count);
    }

    [Fact]
    public void DeeplyRepeatedTriggersStillNegate()
    {
        var text = string.Concat(Enumerable.Repeat("no evidence of ", 100_000)) + "pneumothorax.";

        var finding = Assert.Single(Engine.Analyze(text).Findings);

        Assert.Equal(Assertion.Negated, finding.Assertion);
        Assert.Equal(text.Length - 13, finding.Span.Start);
    }

    [Fact]
    public void RepeatedQualifiersDoNotBlowUpMatching()
    {
        var text = "The heart is " + string.Concat(Enumerable.Repeat("mildly ", 200_000)) + "enlarged. Cardiomegaly.";

        var result = Engine.Analyze(text);

        Assert.Equal(["cardiomegaly"], result.Findings.Select(finding => finding.ConceptId));
    }

    [Fact]
    public void ClinicalNoteCodesOnlyThePatientsCurrentConditions()
    {
        const string text = "HPI: 67-year-old with COPD presents with cough.\nPMH: Scoliosis, pneumonia 2019.\n" +
            "FAMILY HISTORY: Mother with emphysema.\nASSESSMENT AND PLAN: Cough. Rule out pneumonia.";

        var codes = Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

        Assert.Contains(codes, code => code.StartsWith("J44", StringComparison.Ordinal));
        Assert.Contains("M41.9", codes);
        Assert.DoesNotContain(codes, code => code.StartsWith("J18", StringComparison.Ordinal) || code.StartsWith("J43", StringComparison.Ordinal));
    }

    [Fact]
    public void ADifferentialDiagnosisListIsNotCodedWhileTheAssessmentIs()
    {
        const string text = "ASSESSMENT: Pneumonia.\nDIFFERENTIAL DIAGNOSES: Pulmonary embolism, stroke.\nPLAN: Antibiotics.";

        var codes = Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

        Assert.Equal(["J18.9"], codes);
    }

    [Fact]
    public void AFamilyMedicalHistorySectionIsTheRelativesNotThePatients()
    {
        const string text = "FAMILY MEDICAL HISTORY: Father age 85, history of cerebrovascular accident (stroke) and hypertension.\n" +
            "ASSESSMENT: Asthma.";

        var codes = Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

        Assert.Equal(["J45.909"], codes);
    }
}
