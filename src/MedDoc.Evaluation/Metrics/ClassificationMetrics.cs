namespace MedDoc.Evaluation.Metrics;

/// <summary>
/// Document-type accuracy, per-label precision/recall/F1 and the confusion matrix
/// (expected label → predicted label → count; a failed call is predicted as "(none)").
/// </summary>
public sealed record ClassificationMetrics(
    double Accuracy,
    int Correct,
    int Total,
    IReadOnlyList<LabelMetrics> PerLabel,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion);
