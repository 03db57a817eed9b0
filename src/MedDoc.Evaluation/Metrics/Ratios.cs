namespace MedDoc.Evaluation.Metrics;

/// <summary>
/// Precision, recall and F1 with the harness's zero-division rules: nothing returned → precision 1
/// (no false claim); nothing expected → recall 1 (nothing missed); F1 is 0 when precision + recall is 0.
/// So an empty answer to an empty question scores 1, and any miss or false claim pulls F1 to 0 when it is all there is.
/// </summary>
public static class Ratios
{
    /// <summary>tp / (tp + fp), 1 when nothing was returned.</summary>
    public static double Precision(int truePositives, int falsePositives) =>
        truePositives + falsePositives == 0 ? 1.0 : (double)truePositives / (truePositives + falsePositives);

    /// <summary>tp / (tp + fn), 1 when nothing was expected.</summary>
    public static double Recall(int truePositives, int falseNegatives) =>
        truePositives + falseNegatives == 0 ? 1.0 : (double)truePositives / (truePositives + falseNegatives);

    /// <summary>Harmonic mean of precision and recall, 0 when both are 0.</summary>
    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);

    /// <summary>A share, 0 when the denominator is 0.</summary>
    public static double Share(int part, int whole) => whole == 0 ? 0.0 : (double)part / whole;
}
