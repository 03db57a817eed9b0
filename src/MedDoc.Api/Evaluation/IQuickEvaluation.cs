using MedDoc.Api.Contracts;

namespace MedDoc.Api.Evaluation;

/// <summary>
/// The seam behind GET /api/eval/quick. <see cref="BuiltInQuickEvaluation"/> scores a small built-in
/// dataset until MedDoc.Evaluation's runner on evals/datasets/quick_v1.json is registered here instead
/// (one line in <see cref="EvaluationServiceCollectionExtensions.AddQuickEvaluation"/>).
/// </summary>
public interface IQuickEvaluation
{
    Task<QuickEvalResponse> RunAsync(CancellationToken cancellationToken);
}
