using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>GET /health, /ready, /metrics, /docs and /openapi/v1.json.</summary>
public abstract class ProbeEndpointsTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(SqliteApiFactory factory) : ProbeEndpointsTests(factory), IClassFixture<SqliteApiFactory>;

    public sealed class OnPostgres(PostgresApiFactory factory) : ProbeEndpointsTests(factory), IClassFixture<PostgresApiFactory>;

    [SkippableFact]
    public async Task HealthAnswersHealthy()
    {
        var response = await factory.CreateClientOrSkip().GetAsync("/health");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("healthy", (await response.JsonAsync()).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task ReadyChecksDatabaseAndStorage()
    {
        var response = await factory.CreateClientOrSkip().GetAsync("/ready");

        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("storage").GetString());
    }

    [SkippableFact]
    public async Task MetricsCountRequestsByRouteTemplateWithoutTextOrIds()
    {
        var client = factory.CreateClientOrSkip();
        var created = await (await client.PostTextAsync("/api/documents", "Cardiomegaly. metricsecretword")).JsonAsync();
        var id = created.GetProperty("id").GetString()!;
        await client.GetAsync($"/api/documents/{id}");
        await client.PostTextAsync("/api/classify", "");

        var metrics = await (await client.GetAsync("/metrics")).Content.ReadAsStringAsync();

        Assert.Matches("http_server_request_duration_seconds_count\\{[^}]*http_route=\"/api/documents/\\{id:guid\\}\"", metrics);
        Assert.Matches("meddoc_analysis_duration_seconds_count\\{[^}]*operation=\"upload\"", metrics);
        Assert.Contains("meddoc_documents_stored_total", metrics);
        Assert.Matches("meddoc_errors_total\\{[^}]*kind=\"empty_text\"", metrics);
        Assert.DoesNotContain(id, metrics);
        Assert.DoesNotContain("metricsecretword", metrics);
    }

    [SkippableFact]
    public async Task OpenApiDescribesEveryEndpointWithAnOperationId()
    {
        var document = await (await factory.CreateClientOrSkip().GetAsync("/openapi/v1.json")).JsonAsync();

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Key: $"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)))
            .ToDictionary(entry => entry.Key, entry => entry.Value);
        string[] expected =
        [
            "GET /health", "GET /ready", "POST /api/classify", "POST /api/extract-codes", "POST /api/summarize",
            "POST /api/analyze", "GET /api/eval/quick", "POST /api/documents", "GET /api/documents",
            "GET /api/documents/{id}", "GET /api/documents/{id}/content", "DELETE /api/documents/{id}",
        ];
        foreach (var key in expected)
        {
            Assert.True(operations.ContainsKey(key), $"{key} is not described");
            Assert.False(string.IsNullOrEmpty(operations[key].GetProperty("operationId").GetString()), $"{key} has no operationId");
            Assert.False(string.IsNullOrEmpty(operations[key].GetProperty("summary").GetString()), $"{key} has no summary");
        }
        Assert.Equal("ClassifyDocument", operations["POST /api/classify"].GetProperty("operationId").GetString());
        var upload = operations["POST /api/documents"].GetProperty("requestBody").GetProperty("content");
        Assert.Equal("binary", upload.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.True(upload.TryGetProperty("application/json", out _));
    }

    [SkippableFact]
    public async Task DocsWithoutTheSlashRedirectsAndSaysWhere()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/docs");

        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal("/docs/", response.Headers.Location?.OriginalString);
        Assert.Contains("/docs/", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task DocsPageIsServed()
    {
        var response = await factory.CreateClientOrSkip().GetAsync("/docs/");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
