namespace MedDoc.Evaluation.Gates;

/// <summary>
/// The gate (evals/thresholds.json): minimum classification accuracy and exact codes micro-F1, and
/// optionally minimum category F1 and evidence validity and a maximum clean-document false-positive rate.
/// </summary>
public sealed record Thresholds(double Accuracy, double F1, double? F1Category = null, double? EvidenceValidity = null, double? CleanFpRate = null)
{
    /// <summary>The prototype's gate, the floor of every thresholds file: accuracy 0.75, F1 0.65.</summary>
    public static Thresholds Prototype { get; } = new(0.75, 0.65);
}
