using MedDoc.Engine;

namespace MedDoc.Api.Tests.Infrastructure;

/// <summary>
/// A hand-written stand-in for the analysis pipeline, so API tests check the HTTP layer alone:
/// "Cardiomegaly" → I51.7 (present); "pleural effusion" → J90 marked negated (must never reach a
/// client); "Hemoglobin" → a CBC with a low hemoglobin coded D64.9; and always one code whose
/// evidence is not in the text (must be dropped).
/// </summary>
public sealed class FakeAnalysisService : IAnalysisService
{
    public Task<AnalysisResult> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        var codes = new List<CodeSuggestion>();
        var findings = new List<Finding>();
        var labs = new List<LabResult>();
        if (Find(text, "Cardiomegaly") is { } heart)
        {
            findings.Add(new Finding("cardiomegaly", "cardiomegaly", Assertion.Present, heart, "body"));
            codes.Add(new CodeSuggestion("I51.7", "Cardiomegaly", [heart], 0.9, CodeBasis.Documented));
        }
        if (Find(text, "pleural effusion") is { } effusion)
        {
            findings.Add(new Finding("pleural_effusion", "pleural effusion", Assertion.Negated, effusion, "body", "No"));
            codes.Add(new CodeSuggestion("J90", "Pleural effusion, not elsewhere classified", [effusion], 0.9, CodeBasis.Documented, Assertion.Negated));
        }
        var type = DocumentType.XRay;
        if (Find(text, "Hemoglobin 9.2 g/dL") is { } hemoglobin)
        {
            type = DocumentType.CompleteBloodCount;
            labs.Add(new LabResult("hemoglobin", "Hemoglobin", 9.2, "9.2", "g/dL", new ReferenceRange(13.5, 17.5, "13.5-17.5"), LabFlag.Low, hemoglobin));
            codes.Add(new CodeSuggestion("D64.9", "Anemia, unspecified", [hemoglobin], 0.95, CodeBasis.LabValue));
        }
        codes.Add(new CodeSuggestion("R99", "Ill-defined and unknown cause of mortality", [new Span(0, 4, "NOPE")], 0.1, CodeBasis.Documented));
        var sections = new[] { new Section("body", null, Span.Of(text, 0, text.Length)) };
        var summary = new DocumentSummary("Summary of a synthetic report.", findings.Where(f => f.Assertion == Assertion.Present).Select(f => f.Concept).ToArray());
        var classification = new DocumentClassification(type, 0.9, $"Fake: {type.ToLabel()}");
        return Task.FromResult(new AnalysisResult(classification, sections, labs, findings, codes, summary));
    }

    private static Span? Find(string text, string value)
    {
        var index = text.IndexOf(value, StringComparison.Ordinal);
        return index < 0 ? null : Span.Of(text, index, index + value.Length);
    }
}
