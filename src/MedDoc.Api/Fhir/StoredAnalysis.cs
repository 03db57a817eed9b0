using MedDoc.Contracts;
using MedDoc.Engine;

namespace MedDoc.Api.Fhir;

/// <summary>
/// A stored analysis (the wire record, offsets in code points) back as the engine's record (UTF-16 offsets over the
/// analysed text), so the FHIR export describes exactly what the document's page shows, not a fresh re-analysis.
/// </summary>
public static class StoredAnalysis
{
    public static AnalysisResult ToEngineResult(this AnalysisResponse analysis, string text)
    {
        var offsets = new CodePointMap(text);
        Span ToSpan(SpanResponse span) => new(offsets.ToUtf16Index(span.Start), offsets.ToUtf16Index(span.End), span.Text);
        DocumentTypes.TryParse(analysis.Classification.DocumentType, out var type);
        return new AnalysisResult(
            new DocumentClassification(type, analysis.Classification.Confidence, analysis.Classification.Rationale),
            analysis.Sections.Select(section => new Section(section.Category, section.Header is { } header ? ToSpan(header) : null, ToSpan(section.Content))).ToArray(),
            analysis.LabResults.Select(lab => new LabResult(
                lab.Analyte, lab.Name, lab.Value, lab.ValueText, lab.Unit,
                lab.ReferenceRange is { } range ? new ReferenceRange(range.Low, range.High, range.Text) : null,
                lab.Flag, ToSpan(lab.Span), lab.RangeIsDefault)).ToArray(),
            analysis.Findings.Select(finding => new Finding(
                finding.ConceptId, finding.Concept, finding.Assertion, ToSpan(finding.Span), finding.Section, finding.Trigger)).ToArray(),
            analysis.Codes.Select(code => new CodeSuggestion(
                code.Code, code.Description, code.EvidenceSpans.Select(ToSpan).ToArray(), code.Confidence, code.Basis, code.Assertion)).ToArray(),
            new DocumentSummary(analysis.Summary.Summary, analysis.Summary.KeyFindings),
            analysis.Source,
            analysis.Warnings);
    }
}
