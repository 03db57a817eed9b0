using MedDoc.Api.Contracts;

namespace MedDoc.Api.Evaluation;

/// <summary>
/// Classification accuracy and micro-averaged code precision/recall/F1 over (expected, predicted)
/// pairs, and the pass/fail against thresholds. An empty prediction set against an empty gold set
/// counts as perfect precision and recall (nothing to find, nothing wrongly found).
/// </summary>
public static class QuickMetrics
{
    public static QuickEvalResponse Score(
        string dataset, IReadOnlyList<(QuickExample Expected, QuickPrediction Predicted)> pairs, EvalThresholds thresholds)
    {
        var correct = pairs.Count(pair => string.Equals(pair.Expected.DocumentType, pair.Predicted.DocumentType, StringComparison.OrdinalIgnoreCase));
        int truePositives = 0, predicted = 0, expected = 0;
        foreach (var (gold, prediction) in pairs)
        {
            var goldCodes = gold.Codes.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var predictedCodes = prediction.Codes.ToHashSet(StringComparer.OrdinalIgnoreCase);
            truePositives += predictedCodes.Count(goldCodes.Contains);
            predicted += predictedCodes.Count;
            expected += goldCodes.Count;
        }
        var precision = Ratio(truePositives, predicted, expected == 0);
        var recall = Ratio(truePositives, expected, predicted == 0);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = pairs.Count == 0 ? 0 : (double)correct / pairs.Count;
        return new QuickEvalResponse(
            dataset,
            pairs.Count,
            new ClassificationMetrics(Round(accuracy), correct, pairs.Count),
            new CodeMetrics(Round(precision), Round(recall), Round(f1)),
            accuracy >= thresholds.Accuracy && f1 >= thresholds.F1,
            thresholds);
    }

    private static double Ratio(int numerator, int denominator, bool emptyIsPerfect) =>
        denominator == 0 ? (emptyIsPerfect ? 1 : 0) : (double)numerator / denominator;

    private static double Round(double value) => Math.Round(value, 4);
}
