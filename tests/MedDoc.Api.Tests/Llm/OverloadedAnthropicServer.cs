using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MedDoc.Api.Tests.Llm;

/// <summary>
/// A stand-in for the Anthropic Messages API on 127.0.0.1 that answers every request with
/// 529 "overloaded_error" and keeps every request body it received.
/// </summary>
public sealed class OverloadedAnthropicServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _bodies = new();

    private OverloadedAnthropicServer(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public IReadOnlyList<string> RequestBodies => _bodies.ToArray();

    public static async Task<OverloadedAnthropicServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new OverloadedAnthropicServer(app);
        app.MapPost("/v1/messages", server.AnswerOverloadedAsync);
        await app.StartAsync();
        return server;
    }

    private async Task AnswerOverloadedAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        _bodies.Enqueue(await reader.ReadToEndAsync(context.RequestAborted));
        context.Response.StatusCode = 529;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""", context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
