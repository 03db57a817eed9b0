using MedDoc.Llm.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// One OpenTelemetry pipeline for metrics and traces: ASP.NET Core, HttpClient (Claude, S3), EF Core
/// (SQLite and PostgreSQL), Npgsql's pool, the .NET runtime, the process and the service's own meters.
/// Metrics are scraped at /metrics in Prometheus text; both signals also go to an OTLP collector when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads the other OTEL_EXPORTER_OTLP_* settings itself).
/// Spans carry routes, status codes and timings, never bodies: no document text leaves this way.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The service name on every span and metric (resource attribute service.name).</summary>
    public const string ServiceName = "meddoc-api";

    private static readonly string[] UntracedPaths = ["/health", "/ready", "/metrics"];

    public static WebApplicationBuilder AddMedDocTelemetry(this WebApplicationBuilder builder)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[EnvironmentVariables.OtelExporterOtlpEndpoint]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddProcessInstrumentation()
                    .AddMeter(ApiMetrics.MeterName, MeterLlmMetrics.MeterName, "Npgsql")
                    .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0);
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (exportOtlp)
                {
                    tracing.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>Serves the Prometheus scrape endpoint at /metrics.</summary>
    public static IEndpointRouteBuilder MapMetricsEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static bool IsProbe(PathString path) =>
        UntracedPaths.Any(probe => path.Equals(probe, StringComparison.OrdinalIgnoreCase));
}
