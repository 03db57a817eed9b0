using MedDoc.Api.Contracts;

namespace MedDoc.Api.Evaluation;

/// <summary>What answers GET /api/eval/quick (a seam so tests and other runners can stand in).</summary>
public interface IQuickEvaluation
{
    Task<QuickEvalResponse> RunAsync(CancellationToken cancellationToken);
}
