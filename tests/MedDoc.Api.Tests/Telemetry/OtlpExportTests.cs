using System.Text;
using System.Text.Json;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Api.Tests.Process;

namespace MedDoc.Api.Tests.Telemetry;

/// <summary>
/// A real API process with OTEL_EXPORTER_OTLP_ENDPOINT set exports traces and metrics to the
/// collector, continues the caller's trace, and writes that trace id into its JSON log lines.
/// </summary>
public sealed class OtlpExportTests
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string Secret = "otlpsecretword";

    [Fact]
    public async Task TracesAndMetricsReachTheCollectorAndLogsCarryTheTraceId()
    {
        using var collector = new FakeOtlpCollector();
        var directory = Directory.CreateTempSubdirectory("meddoc-otlp-");
        try
        {
            await using var api = ApiProcess.Start(new Dictionary<string, string>
            {
                [EnvironmentVariables.DbUrl] = $"sqlite:///{Path.Combine(directory.FullName, "app.db")}",
                [EnvironmentVariables.StorageDir] = Path.Combine(directory.FullName, "documents"),
                [EnvironmentVariables.OtelExporterOtlpEndpoint] = collector.Endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
                ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            });
            await api.WaitUntilHealthyAsync();
            // No propagator: when another test in this process listens to activities, HttpClient would start
            // its own outgoing activity and replace the traceparent below with that activity's trace id.
            using var client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = api.BaseAddress };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
            {
                Content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, string> { ["document_text"] = $"IMPRESSION: Cardiomegaly. {Secret}" }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("traceparent", $"00-{TraceId}-00f067aa0ba902b7-01");

            Assert.Equal(201, (int)(await client.SendAsync(request)).StatusCode);

            string? LoggedTraceId() => api.StandardOutput.Split('\n')
                .Where(line => line.Contains("Stored document", StringComparison.Ordinal))
                .SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("Scopes").EnumerateArray())
                .Select(scope => scope.TryGetProperty("TraceId", out var id) ? id.GetString() : null)
                .FirstOrDefault(id => id is not null);
            await WaitUntilAsync(
                () => LoggedTraceId() is not null
                    && collector.Received.Any(r => r.Path == "/v1/traces" && Contains(r.Body, Convert.FromHexString(TraceId)))
                    && collector.Received.Any(r => r.Path == "/v1/metrics" && Contains(r.Body, "meddoc.analysis.duration"u8.ToArray())),
                () => $"received: {string.Join(", ", collector.Received.Select(r => $"{r.Path} ({r.Body.Length} bytes)"))}; API output: {api.StandardOutput}{api.StandardError}");
            Assert.DoesNotContain(collector.Received, r => Contains(r.Body, Encoding.UTF8.GetBytes(Secret)));

            var stored = api.StandardOutput.Split('\n').Where(line => line.Contains("Stored document", StringComparison.Ordinal)).Select(line => JsonDocument.Parse(line).RootElement).Single();
            Assert.Equal(TraceId, LoggedTraceId());
            Assert.Contains(stored.GetProperty("Scopes").EnumerateArray(), scope => scope.TryGetProperty("SpanId", out _));
            Assert.DoesNotContain(Secret, api.StandardOutput);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static async Task WaitUntilAsync(Func<bool> condition, Func<string> describe)
    {
        for (var attempt = 0; attempt < 600 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), $"the collector did not receive the expected traces and metrics within 60 s; {describe()}");
    }
}
