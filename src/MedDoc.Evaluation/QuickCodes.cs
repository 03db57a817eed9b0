namespace MedDoc.Evaluation;

/// <summary>The codes part of <see cref="QuickEvaluation"/>: exact micro precision, recall, F1.</summary>
public sealed record QuickCodes(double Precision, double Recall, double F1);
