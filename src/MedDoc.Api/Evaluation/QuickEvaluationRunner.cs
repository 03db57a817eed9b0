using MedDoc.Api.Contracts;
using MedDoc.Engine;
using MedDoc.Evaluation;

namespace MedDoc.Api.Evaluation;

/// <summary>
/// Runs MedDoc.Evaluation's quick_v1 dataset through the analysis service this process uses (the
/// same pipeline the endpoints answer with) and maps the result to the wire contract.
/// </summary>
public sealed class QuickEvaluationRunner(IAnalysisService analysis) : IQuickEvaluation
{
    public async Task<QuickEvalResponse> RunAsync(CancellationToken cancellationToken) =>
        ToResponse(await QuickEvaluation.RunAsync(analysis, cancellationToken));

    public static QuickEvalResponse ToResponse(QuickEvaluation quick) =>
        new(
            quick.Dataset,
            quick.NumExamples,
            new ClassificationMetrics(
                quick.Classification.Accuracy,
                quick.Classification.Correct,
                quick.Classification.Total,
                (quick.Classification.PerLabel ?? []).Select(label => new LabelMetricsResponse(
                    label.Label, label.Precision, label.Recall, label.F1, label.Support,
                    label.TruePositives, label.FalsePositives, label.FalseNegatives)).ToArray(),
                quick.Classification.Confusion ?? new Dictionary<string, IReadOnlyDictionary<string, int>>()),
            new CodeMetrics(quick.Codes.Precision, quick.Codes.Recall, quick.Codes.F1),
            quick.Passed,
            new EvalThresholds(quick.Thresholds.Accuracy, quick.Thresholds.F1),
            (quick.FailedDocuments ?? []).Select(failure => new EvalFailureResponse(failure.Id, failure.Reasons)).ToArray());
}
