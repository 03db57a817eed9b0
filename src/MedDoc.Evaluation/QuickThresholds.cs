namespace MedDoc.Evaluation;

/// <summary>The thresholds part of <see cref="QuickEvaluation"/>.</summary>
public sealed record QuickThresholds(double Accuracy, double F1);
