using System.Text.Json;
using MedDoc.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MedDoc.Cli.Tests.Support;

/// <summary>
/// A tiny live API for tests: Kestrel on 127.0.0.1 and a free port, serving the prototype-compatible
/// POST /api/classify and POST /api/extract-codes (API.md) with the engine. Spans are sent as
/// code-point offsets, as the contract's Python-style slice notation says.
/// </summary>
internal sealed class TestApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApiServer(WebApplication app, string apiBase)
    {
        _app = app;
        ApiBase = apiBase;
    }

    /// <summary>e.g. http://127.0.0.1:41234/api</summary>
    public string ApiBase { get; }

    public static async Task<TestApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var engine = new ClinicalEngine();
        app.MapPost("/api/classify", async (HttpRequest request) =>
        {
            var text = await ReadTextAsync(request);
            if (string.IsNullOrWhiteSpace(text))
            {
                return Results.Problem("document_text is required", statusCode: 400);
            }
            var classification = engine.Analyze(text).Classification;
            return Results.Json(new { document_type = classification.Type.ToLabel(), confidence = classification.Confidence, rationale = classification.Rationale, source = "rules" });
        });
        app.MapPost("/api/extract-codes", async (HttpRequest request) =>
        {
            var text = await ReadTextAsync(request);
            if (string.IsNullOrWhiteSpace(text))
            {
                return Results.Problem("document_text is required", statusCode: 400);
            }
            var codes = engine.Analyze(text).Codes.Select(code => new
            {
                code = code.Code,
                description = code.Description,
                evidence = code.Evidence.Select(span => span.Text).ToArray(),
                evidence_spans = code.Evidence.Select(span =>
                {
                    var (start, end) = span.ToCodePointOffsets(new CodePointMap(text));
                    return new { start, end, text = span.Text };
                }).ToArray(),
                confidence = code.Confidence,
                basis = code.Basis == CodeBasis.Documented ? "documented" : "lab_value",
                assertion = "present",
            }).ToArray();
            return Results.Json(new { codes });
        });
        await app.StartAsync();
        var address = app.Urls.Single();
        return new TestApiServer(app, $"{address.TrimEnd('/')}/api");
    }

    private static async Task<string?> ReadTextAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        return body.RootElement.TryGetProperty("document_text", out var text) ? text.GetString() : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
