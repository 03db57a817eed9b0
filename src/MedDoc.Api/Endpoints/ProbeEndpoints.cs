using MedDoc.Api.Contracts;
using MedDoc.Api.Persistence;
using MedDoc.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Prometheus;

namespace MedDoc.Api.Endpoints;

/// <summary>Liveness, readiness and the Prometheus scrape endpoint (root paths, no auth).</summary>
public static class ProbeEndpoints
{
    public static IEndpointRouteBuilder MapProbeEndpoints(this IEndpointRouteBuilder app)
    {
        var probes = app.MapGroup(string.Empty).WithTags("Probes");
        probes.MapGet("/health", GetHealth)
            .WithName(nameof(GetHealth))
            .WithSummary("Liveness: 200 while the process is up.");
        probes.MapGet("/ready", GetReadiness)
            .WithName(nameof(GetReadiness))
            .WithSummary("Readiness: 200 when the database and the document store answer, else 503 naming the failing check.");
        app.MapMetrics("/metrics");
        return app;
    }

    public static Ok<HealthResponse> GetHealth() => TypedResults.Ok(new HealthResponse("healthy"));

    public static async Task<JsonHttpResult<ReadyResponse>> GetReadiness(
        MedDocDbContext database, IDocumentStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(ProbeEndpoints));
        var checks = new Dictionary<string, string>
        {
            ["database"] = await CheckAsync("database", () => database.Documents.AsNoTracking().IgnoreQueryFilters().AnyAsync(cancellationToken), logger),
            ["storage"] = await CheckAsync("storage", () => store.CheckAsync(cancellationToken), logger),
        };
        var ready = checks.Values.All(state => state == "ok");
        return TypedResults.Json(
            new ReadyResponse(ready ? "ready" : "not_ready", checks),
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string> CheckAsync(string name, Func<Task> check, ILogger logger)
    {
        try
        {
            await check();
            return "ok";
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Readiness check {Check} failed: {ExceptionType}", name, exception.GetType().Name);
            return $"failed ({exception.GetType().Name})";
        }
    }
}
