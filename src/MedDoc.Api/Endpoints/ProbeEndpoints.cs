using MedDoc.Api.Contracts;
using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
        app.MapMetricsEndpoint();
        return app;
    }

    public static Ok<HealthResponse> GetHealth() => TypedResults.Ok(new HealthResponse("healthy"));

    public static async Task<JsonHttpResult<ReadyResponse>> GetReadiness(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var checks = report.Entries.ToDictionary(entry => entry.Key, entry => Describe(entry.Value));
        foreach (var (name, entry) in report.Entries)
        {
            ApiMetrics.RecordReadiness(name, entry.Status == HealthStatus.Healthy);
        }
        var ready = report.Status == HealthStatus.Healthy;
        return TypedResults.Json(
            new ReadyResponse(ready ? "ready" : "not_ready", checks),
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>"ok", or "failed (ExceptionType)": the type names what broke without echoing a message that may hold a connection string.</summary>
    private static string Describe(HealthReportEntry entry) => entry.Status switch
    {
        HealthStatus.Healthy => "ok",
        _ => $"failed ({entry.Exception?.GetType().Name ?? entry.Description ?? entry.Status.ToString()})",
    };
}
