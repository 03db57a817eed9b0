using System.Diagnostics;
using MedDoc.Evaluation.Datasets;
using MedDoc.Evaluation.Metrics;
using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation;

/// <summary>
/// Runs a target over a dataset with bounded concurrency and scores it: the one implementation
/// behind <c>meddoc eval</c> and <c>GET /api/eval/quick</c>.
/// </summary>
public static class EvaluationRunner
{
    /// <summary>
    /// Predicts every document with <paramref name="target"/> (at most <see cref="EvaluationOptions.Concurrency"/>
    /// at a time), reporting each finished document to <paramref name="progress"/>, and computes the metrics.
    /// </summary>
    public static async Task<EvaluationOutcome> RunAsync(
        IReadOnlyList<EvalDocument> documents,
        IDocumentEvaluator target,
        EvaluationOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= EvaluationOptions.Default;
        var scoring = options.Scoring ?? ScoringOptions.Default;
        var before = options.LlmUsageProbe?.Invoke();
        var results = new DocumentResult[documents.Count];
        var finished = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, documents.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency), CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var prediction = await target.PredictAsync(documents[index], token);
                results[index] = DocumentScorer.Score(documents[index], prediction, scoring);
                progress?.Report(Interlocked.Increment(ref finished));
            });
        var wall = stopwatch.Elapsed.TotalSeconds;
        var llm = before is null ? null : options.LlmUsageProbe!.Invoke().Minus(before);
        return new EvaluationOutcome(target.Target, MetricsCalculator.Compute(results, wall, llm), results);
    }
}
