using MedDoc.Engine;

namespace MedDoc.Api.Contracts;

/// <summary>Engine records → wire records. Offsets become code points; codes without verbatim evidence are dropped.</summary>
public static class AnalysisMapping
{
    public static SpanResponse ToResponse(this Span span, string text)
    {
        var (start, end) = span.ToCodePointOffsets(text);
        return new SpanResponse(start, end, span.Text);
    }

    public static ClassifyResponse ToClassifyResponse(this AnalysisResult result) =>
        new(result.Classification.Type.ToLabel(), result.Classification.Confidence, result.Classification.Rationale, result.Source);

    public static IReadOnlyList<CodeResponse> ToCodeResponses(this AnalysisResult result, string text) =>
        EvidenceValidator.KeepValid(result.Codes, text)
            .Where(code => code.Assertion == Assertion.Present)
            .Select(code => new CodeResponse(
                code.Code,
                code.Description,
                code.Evidence.Select(span => span.Text).ToArray(),
                code.Evidence.Select(span => span.ToResponse(text)).ToArray(),
                code.Confidence,
                code.Basis,
                code.Assertion))
            .ToArray();

    public static SummarizeResponse ToSummarizeResponse(this AnalysisResult result) =>
        new(result.Summary.Text, result.Summary.KeyFindings);

    public static AnalysisResponse ToAnalysisResponse(this AnalysisResult result, string text) =>
        new(
            result.ToClassifyResponse(),
            result.Sections.Select(section => new SectionResponse(section.Category, section.Header?.ToResponse(text), section.Content.ToResponse(text))).ToArray(),
            result.LabResults.Select(lab => ToResponse(lab, text)).ToArray(),
            result.Findings.Select(finding => new FindingResponse(
                finding.ConceptId, finding.Concept, finding.Assertion, finding.Section, finding.Trigger, finding.Span.ToResponse(text))).ToArray(),
            result.ToCodeResponses(text),
            result.ToSummarizeResponse(),
            result.Source,
            result.Warnings ?? [],
            EngineInfo.Version);

    private static LabResultResponse ToResponse(LabResult lab, string text) =>
        new(
            lab.Analyte,
            lab.Name,
            lab.Value,
            lab.ValueText,
            lab.Unit,
            lab.ReferenceRange is { } range ? new ReferenceRangeResponse(range.Low, range.High, range.Text) : null,
            lab.RangeIsDefault,
            lab.Flag,
            lab.Span.ToResponse(text));
}
