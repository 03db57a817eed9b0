using MedDoc.Api.Contracts;
using MedDoc.Evaluation;
using MedDoc.Llm;

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
            new ClassificationMetrics(quick.Classification.Accuracy, quick.Classification.Correct, quick.Classification.Total),
            new CodeMetrics(quick.Codes.Precision, quick.Codes.Recall, quick.Codes.F1),
            quick.Passed,
            new EvalThresholds(quick.Thresholds.Accuracy, quick.Thresholds.F1));
}
