namespace MedDoc.Engine.Tests.IuCxr;

/// <summary>How one report's codes scored: exact-level code lists and category-level counts.</summary>
public sealed record ReportOutcome(
    IReadOnlyList<string> TruePositives,
    IReadOnlyList<string> FalsePositives,
    IReadOnlyList<string> FalseNegatives,
    int CategoryTruePositives,
    int CategoryFalsePositives,
    int CategoryFalseNegatives);
