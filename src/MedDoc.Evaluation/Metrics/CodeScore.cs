namespace MedDoc.Evaluation.Metrics;

/// <summary>
/// The codes of one document at one level (exact codes or 3-character categories): true positives,
/// false positives, false negatives, waived (acceptable) and unscored (outside the scored categories).
/// </summary>
public sealed record CodeScore(
    IReadOnlyList<string> TruePositives,
    IReadOnlyList<string> FalsePositives,
    IReadOnlyList<string> FalseNegatives,
    IReadOnlyList<string> Waived,
    IReadOnlyList<string> Unscored);
