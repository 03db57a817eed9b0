namespace MedDoc.Evaluation.Metrics;

/// <summary>
/// Code metrics at one level: micro precision/recall/F1 over all documents' counts, and macro
/// precision/recall/F1 averaged over every code (or category) that was expected or falsely returned.
/// </summary>
public sealed record CodeLevelMetrics(
    double Precision,
    double Recall,
    double F1,
    double MacroPrecision,
    double MacroRecall,
    double MacroF1,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    IReadOnlyList<LabelMetrics> PerCode);
