namespace MedDoc.Engine;

/// <summary>
/// Everything MedDoc AI says about one document. <paramref name="Source"/> is "rules" when the
/// offline engine answered alone and "llm" when Claude's validated answer was merged in;
/// <paramref name="Warnings"/> carries non-fatal notes (e.g. "LLM unavailable; rules answer returned").
/// </summary>
public sealed record AnalysisResult(
    DocumentClassification Classification,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<LabResult> LabResults,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CodeSuggestion> Codes,
    DocumentSummary Summary,
    string Source = AnalysisSources.Rules,
    IReadOnlyList<string>? Warnings = null)
{
    /// <summary>The result for empty or whitespace-only text.</summary>
    public static AnalysisResult Empty { get; } =
        new(DocumentClassification.Unknown, [], [], [], [], DocumentSummary.Empty);
}
