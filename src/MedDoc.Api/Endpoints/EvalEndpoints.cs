using MedDoc.Api.Contracts;
using MedDoc.Api.Evaluation;
using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedDoc.Api.Endpoints;

/// <summary>GET /api/eval/quick: metrics of the running pipeline on the quick dataset.</summary>
public static class EvalEndpoints
{
    public static IEndpointRouteBuilder MapEvalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/eval").WithTags("Evaluation")
            .MapGet("/quick", GetQuickEvaluation)
            .WithName(nameof(GetQuickEvaluation))
            .RequireAuthorization(Policies.ReadDocuments)
            .WithSummary("Classification accuracy and code precision/recall/F1 on the quick dataset, and whether they pass the thresholds.");
        return app;
    }

    public static async Task<Ok<QuickEvalResponse>> GetQuickEvaluation(IQuickEvaluation evaluation, CancellationToken cancellationToken)
    {
        var result = await evaluation.RunAsync(cancellationToken);
        ApiMetrics.CountQuickEvaluation(result.Passed);
        return TypedResults.Ok(result);
    }
}
