using MedDoc.Engine;

namespace MedDoc.Contracts;

/// <summary>
/// Engine records → wire records. Offsets become code points through one <see cref="CodePointMap"/> per text;
/// codes without verbatim evidence are dropped.
/// </summary>
public static class AnalysisMapping
{
    /// <summary>The span with code-point offsets, through <paramref name="offsets"/> (the map of its document text).</summary>
    public static SpanResponse ToResponse(this Span span, CodePointMap offsets)
    {
        var (start, end) = span.ToCodePointOffsets(offsets);
        return new SpanResponse(start, end, span.Text);
    }

    /// <summary>The document type as its contract label ("X-RAY"), with confidence, rationale and source.</summary>
    public static ClassifyResponse ToClassifyResponse(this AnalysisResult result) =>
        new(result.Classification.Type.ToLabel(), result.Classification.Confidence, result.Classification.Rationale, result.Source);

    /// <summary>The present codes whose evidence is verbatim in <paramref name="text"/>, with code-point spans.</summary>
    public static IReadOnlyList<CodeResponse> ToCodeResponses(this AnalysisResult result, string text) =>
        result.ToCodeResponses(text, new CodePointMap(text));

    private static IReadOnlyList<CodeResponse> ToCodeResponses(this AnalysisResult result, string text, CodePointMap offsets) =>
        EvidenceValidator.KeepValid(result.Codes, text)
            .Where(code => code.Assertion == Assertion.Present)
            .Select(code => new CodeResponse(
                code.Code,
                code.Description,
                code.Evidence.Select(span => span.Text).ToArray(),
                code.Evidence.Select(span => span.ToResponse(offsets)).ToArray(),
                code.Confidence,
                code.Basis,
                code.Assertion))
            .ToArray();

    /// <summary>The summary and its key findings.</summary>
    public static SummarizeResponse ToSummarizeResponse(this AnalysisResult result) =>
        new(result.Summary.Text, result.Summary.KeyFindings);

    /// <summary>The whole analysis of <paramref name="text"/> as /api/analyze answers it (<c>text</c> left null).</summary>
    public static AnalysisResponse ToAnalysisResponse(this AnalysisResult result, string text)
    {
        var offsets = new CodePointMap(text);
        return new(
            result.ToClassifyResponse(),
            result.Sections.Select(section => new SectionResponse(section.Category, section.Header?.ToResponse(offsets), section.Content.ToResponse(offsets))).ToArray(),
            result.LabResults.Select(lab => ToResponse(lab, offsets)).ToArray(),
            result.Findings.Select(finding => new FindingResponse(
                finding.ConceptId, finding.Concept, finding.Assertion, finding.Section, finding.Trigger, finding.Span.ToResponse(offsets))).ToArray(),
            result.ToCodeResponses(text, offsets),
            result.ToSummarizeResponse(),
            result.Source,
            result.Warnings ?? [],
            EngineInfo.Version);
    }

    private static LabResultResponse ToResponse(LabResult lab, CodePointMap offsets) =>
        new(
            lab.Analyte,
            lab.Name,
            lab.Value,
            lab.ValueText,
            lab.Unit,
            lab.ReferenceRange is { } range ? new ReferenceRangeResponse(range.Low, range.High, range.Text) : null,
            lab.RangeIsDefault,
            lab.Flag,
            lab.Span.ToResponse(offsets));
}
