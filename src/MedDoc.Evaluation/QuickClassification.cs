using MedDoc.Evaluation.Metrics;

namespace MedDoc.Evaluation;

/// <summary>
/// The classification part of <see cref="QuickEvaluation"/>: the contract's accuracy, correct and total, plus
/// per-label metrics and the confusion matrix (expected label → predicted label → documents) for the UI.
/// </summary>
public sealed record QuickClassification(
    double Accuracy,
    int Correct,
    int Total,
    IReadOnlyList<LabelMetrics>? PerLabel = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? Confusion = null);
