using MedDoc.Engine;

namespace MedDoc.Fhir;

/// <summary>
/// Everything one FHIR bundle is built from: the analysis, the text it was made from (evidence offsets are
/// converted to code points over it), the original, the coder's decisions by code ("E11.9" → Accepted) and when
/// the bundle is generated (Bundle.timestamp).
/// </summary>
public sealed record AnalysisExport(
    AnalysisResult Analysis,
    string Text,
    ExportedDocument Document,
    DateTimeOffset GeneratedAt,
    IReadOnlyDictionary<string, CodeReviewDecision>? Reviews = null)
{
    /// <summary>The coder's decision on <paramref name="code"/>, null when none was made.</summary>
    public CodeReviewDecision? ReviewOf(string code) =>
        Reviews is not null && Reviews.TryGetValue(code, out var decision) ? decision : null;
}
