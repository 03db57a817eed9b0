using MedDoc.Engine;

namespace MedDoc.Contracts;

/// <summary>A verbatim piece of the document; offsets count code points (<c>document_text[start:end] == text</c>).</summary>
public sealed record SpanResponse(int Start, int End, string Text);

/// <summary>Answer of /api/classify.</summary>
public sealed record ClassifyResponse(string DocumentType, double Confidence, string Rationale, string Source);

/// <summary>One ICD-10-CM suggestion with its verbatim evidence.</summary>
public sealed record CodeResponse(
    string Code,
    string Description,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<SpanResponse> EvidenceSpans,
    double Confidence,
    CodeBasis Basis,
    Assertion Assertion);

/// <summary>Answer of /api/summarize.</summary>
public sealed record SummarizeResponse(string Summary, IReadOnlyList<string> KeyFindings);

/// <summary>A section: its category ("findings"), header as written (null for "body") and content.</summary>
public sealed record SectionResponse(string Category, SpanResponse? Header, SpanResponse Content);

/// <summary>A reference range as printed or the engine's default; a missing bound is null.</summary>
public sealed record ReferenceRangeResponse(double? Low, double? High, string Text);

/// <summary>One lab value with its flag (normal, low, high, critical_low, critical_high, abnormal).</summary>
public sealed record LabResultResponse(
    string Analyte,
    string Name,
    double Value,
    string ValueText,
    string? Unit,
    ReferenceRangeResponse? ReferenceRange,
    bool RangeIsDefault,
    LabFlag Flag,
    SpanResponse Span);

/// <summary>A clinical concept the text mentions, with its assertion (present, negated, possible, ...).</summary>
public sealed record FindingResponse(
    string ConceptId,
    string Concept,
    Assertion Assertion,
    string Section,
    string? Trigger,
    SpanResponse Span);

/// <summary>
/// Answer of /api/analyze and the <c>analysis</c> of a stored document. <c>Text</c> is the text that was
/// analysed (for a PDF, its extracted text), given for stored documents so offsets can be shown; null for /api/analyze.
/// </summary>
public sealed record AnalysisResponse(
    ClassifyResponse Classification,
    IReadOnlyList<SectionResponse> Sections,
    IReadOnlyList<LabResultResponse> LabResults,
    IReadOnlyList<FindingResponse> Findings,
    IReadOnlyList<CodeResponse> Codes,
    SummarizeResponse Summary,
    string Source,
    IReadOnlyList<string> Warnings,
    string EngineVersion,
    string? Text = null);
