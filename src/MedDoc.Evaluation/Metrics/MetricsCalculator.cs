using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation.Metrics;

/// <summary>Aggregates scored documents into <see cref="EvaluationMetrics"/>.</summary>
public static class MetricsCalculator
{
    /// <summary>Placeholder label of a document whose type call failed.</summary>
    public const string NoPrediction = "(none)";

    /// <summary>Computes every metric of <paramref name="results"/>; <paramref name="wallSeconds"/> is the run's duration.</summary>
    public static EvaluationMetrics Compute(IReadOnlyList<DocumentResult> results, double wallSeconds, LlmUsage? llm = null)
    {
        var clean = results.Where(result => result.ExpectedCodes.Count == 0).ToArray();
        var normal = results.Where(result => result.LabelledNormal).ToArray();
        var returnedCount = results.Sum(result => result.ReturnedCodes.Count);
        var invalidCount = results.Sum(result => result.InvalidEvidenceCodes.Count);
        return new EvaluationMetrics(
            results.Count,
            Classification(results),
            new CodeMetrics(Level(results.Select(result => result.Exact)), Level(results.Select(result => result.Category))),
            Ratios.Share(clean.Count(result => result.Exact.FalsePositives.Count > 0), clean.Length),
            clean.Length,
            normal.Length == 0 ? null : Ratios.Share(normal.Count(result => result.ReturnedCodes.Count > 0), normal.Length),
            returnedCount == 0 ? 1.0 : (double)(returnedCount - invalidCount) / returnedCount,
            returnedCount,
            results.Count(result => result.Error is not null),
            Latency(results, wallSeconds),
            llm);
    }

    private static ClassificationMetrics Classification(IReadOnlyList<DocumentResult> results)
    {
        var correct = results.Count(result => result.TypeCorrect);
        var predicted = results.Select(result => result.PredictedType?.Trim().ToUpperInvariant() ?? NoPrediction).ToArray();
        var labels = results.Select(result => result.ExpectedType).Concat(predicted.Where(label => label != NoPrediction))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var perLabel = labels.Select(label => LabelMetrics.From(
            label,
            results.Where((result, i) => result.ExpectedType == label && predicted[i] == label).Count(),
            results.Where((result, i) => result.ExpectedType != label && predicted[i] == label).Count(),
            results.Where((result, i) => result.ExpectedType == label && predicted[i] != label).Count())).ToArray();
        var confusion = results
            .Select((result, i) => (Expected: result.ExpectedType, Predicted: predicted[i]))
            .GroupBy(pair => pair.Expected)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyDictionary<string, int>)group.GroupBy(pair => pair.Predicted)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Count()));
        return new ClassificationMetrics(Ratios.Share(correct, results.Count), correct, results.Count, perLabel, confusion);
    }

    private static CodeLevelMetrics Level(IEnumerable<CodeScore> scores)
    {
        var all = scores.ToArray();
        var tp = all.Sum(score => score.TruePositives.Count);
        var fp = all.Sum(score => score.FalsePositives.Count);
        var fn = all.Sum(score => score.FalseNegatives.Count);
        var precision = Ratios.Precision(tp, fp);
        var recall = Ratios.Recall(tp, fn);
        var codes = all.SelectMany(score => score.TruePositives.Concat(score.FalsePositives).Concat(score.FalseNegatives))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var perCode = codes.Select(code => LabelMetrics.From(
            code,
            all.Count(score => score.TruePositives.Contains(code)),
            all.Count(score => score.FalsePositives.Contains(code)),
            all.Count(score => score.FalseNegatives.Contains(code)))).ToArray();
        var macroPrecision = perCode.Length == 0 ? 1.0 : perCode.Average(code => code.Precision);
        var macroRecall = perCode.Length == 0 ? 1.0 : perCode.Average(code => code.Recall);
        var macroF1 = perCode.Length == 0 ? 1.0 : perCode.Average(code => code.F1);
        return new CodeLevelMetrics(precision, recall, Ratios.F1(precision, recall), macroPrecision, macroRecall, macroF1, tp, fp, fn, perCode);
    }

    private static LatencyMetrics Latency(IReadOnlyList<DocumentResult> results, double wallSeconds)
    {
        var sorted = results.Select(result => result.LatencyMs).Order().ToArray();
        return new LatencyMetrics(
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            wallSeconds <= 0 ? 0.0 : results.Count / wallSeconds,
            wallSeconds);
    }

    /// <summary>Nearest-rank percentile of ascending <paramref name="sorted"/> values; 0 for none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            return 0.0;
        }
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
