using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MedDoc.Llm.Tests.Fakes;

/// <summary>
/// A fake Anthropic Messages API on loopback (Kestrel on 127.0.0.1, a free port): records every request
/// body, counts requests in flight and answers with <see cref="Responder"/>. Not the project's own server.
/// </summary>
public sealed class FakeAnthropicServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private int _count;
    private int _inFlight;
    private int _maxInFlight;

    private FakeAnthropicServer(WebApplication app) => _app = app;

    /// <summary>Decides the answer to each request; defaults to a plausible answer per tool.</summary>
    public Func<FakeRequest, FakeReply> Responder { get; set; } = DefaultReply;

    /// <summary>The base URL to give the SDK (ANTHROPIC_BASE_URL).</summary>
    public string BaseUrl => _app.Urls.First();

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Requests => _requests.ToArray();

    /// <summary>Request headers of the last request (names lower-case).</summary>
    public IReadOnlyDictionary<string, string> LastHeaders { get; private set; } = new Dictionary<string, string>();

    /// <summary>Requests received so far.</summary>
    public int RequestCount => Volatile.Read(ref _count);

    /// <summary>The largest number of requests that were in flight at the same time.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>Starts a server on 127.0.0.1 with a port chosen by the OS.</summary>
    public static async Task<FakeAnthropicServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeAnthropicServer(app);
        app.MapPost("/v1/messages", server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>A default answer: X-RAY classification, no codes, a one-line summary.</summary>
    public static FakeReply DefaultReply(FakeRequest request) => request.ToolName switch
    {
        "record_classification" => FakeReply.ToolUse("record_classification", new { document_type = "X-RAY", confidence = 0.97, rationale = "Chest radiograph views." }),
        "record_codes" => FakeReply.ToolUse("record_codes", new { codes = Array.Empty<object>() }),
        "record_summary" => FakeReply.ToolUse("record_summary", new { summary = "Chest radiograph.", key_findings = Array.Empty<string>() }),
        _ => FakeReply.Error(400),
    };

    private async Task HandleAsync(HttpContext context)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        UpdateMax(inFlight);
        try
        {
            LastHeaders = context.Request.Headers.ToDictionary(header => header.Key.ToLowerInvariant(), header => header.Value.ToString());
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var request = new FakeRequest(body, FakeRequest.ReadToolName(body), Interlocked.Increment(ref _count), System.Diagnostics.Stopwatch.GetTimestamp());
            _requests.Enqueue(request);
            var reply = Responder(request);
            if (reply.Hang)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up (timeout test): nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void UpdateMax(int inFlight)
    {
        int seen;
        while (inFlight > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, inFlight, seen) != seen)
        {
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
