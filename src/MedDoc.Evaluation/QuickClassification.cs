namespace MedDoc.Evaluation;

/// <summary>The classification part of <see cref="QuickEvaluation"/>.</summary>
public sealed record QuickClassification(double Accuracy, int Correct, int Total);
