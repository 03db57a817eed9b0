using System.Diagnostics;
using System.Text.Json;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Prompts;
using MedDoc.Llm.Tests.Fakes;

namespace MedDoc.Llm.Tests.Claude;

/// <summary>The SDK client and its resilience wrapper against the fake Messages API.</summary>
public sealed class ResilientClaudeClientTests : IAsyncLifetime
{
    private FakeAnthropicServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAnthropicServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private (ResilientClaudeClient Client, RecordingLlmMetrics Metrics) Build(Action<MedDoc.Llm.Configuration.LlmOptions>? configure = null)
    {
        var options = FakeClaude.Options(_server, configure);
        var metrics = new RecordingLlmMetrics();
        return (new ResilientClaudeClient(new AnthropicClaudeClient(options), options, metrics), metrics);
    }

    private static ClaudeToolRequest Request(string text = "IMPRESSION: Mild cardiomegaly.") =>
        new(PromptLibrary.Embedded.Codes, PromptLibrary.Embedded.Codes.Render(text, "X-RAY"));

    [Fact]
    public async Task RequestCarriesModelKeyToolSchemaAndForcedToolChoice()
    {
        var (client, _) = Build();

        await client.CallToolAsync(Request(), CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(_server.Requests).Body);
        var root = body.RootElement;
        Assert.Equal("claude-sonnet-5-5", root.GetProperty("model").GetString());
        Assert.Equal(2048, root.GetProperty("max_tokens").GetInt32());
        Assert.Equal("record_codes", root.GetProperty("tools")[0].GetProperty("name").GetString());
        Assert.Equal("array", root.GetProperty("tools")[0].GetProperty("input_schema").GetProperty("properties").GetProperty("codes").GetProperty("type").GetString());
        Assert.Equal("tool", root.GetProperty("tool_choice").GetProperty("type").GetString());
        Assert.Contains(_server.LastHeaders, header => header.Value.Contains("test-key-not-a-secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetryAfterFromTheServerIsWaitedBeforeTheNextAttempt()
    {
        _server.Responder = request => request.Number == 1
            ? FakeReply.Error(429, new Dictionary<string, string> { ["retry-after-ms"] = "400" })
            : FakeAnthropicServer.DefaultReply(request);
        var (client, metrics) = Build();

        await client.CallToolAsync(Request(), CancellationToken.None);

        var requests = _server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(Stopwatch.GetElapsedTime(requests[0].ReceivedTimestamp, requests[1].ReceivedTimestamp) >= TimeSpan.FromMilliseconds(390));
        Assert.Equal(1, metrics.Count("attempt_failed:rate_limited"));
    }

    [Fact]
    public async Task RetryAfterLongerThanAllowedEndsTheCallInsteadOfWaiting()
    {
        _server.Responder = _ => FakeReply.Error(429, new Dictionary<string, string> { ["retry-after"] = "3600" });
        var (client, _) = Build();

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CallToolAsync(Request(), CancellationToken.None));

        Assert.Equal(LlmFailureKind.RateLimited, error.Kind);
        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal(1, _server.RequestCount);
    }

    [Theory]
    [InlineData(500, LlmFailureKind.ServerError)]
    [InlineData(503, LlmFailureKind.ServerError)]
    [InlineData(529, LlmFailureKind.Overloaded)]
    public async Task ServerErrorsAreRetriedThenReportedByKind(int status, LlmFailureKind kind)
    {
        _server.Responder = _ => FakeReply.Error(status);
        var (client, metrics) = Build(options => options.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CallToolAsync(Request(), CancellationToken.None));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(3, _server.RequestCount);
        Assert.Equal(3, metrics.Count($"attempt_failed:{kind.ToLabel()}"));
        Assert.DoesNotContain("fake", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    public async Task ClientErrorsAreNotRetried(int status)
    {
        _server.Responder = _ => FakeReply.Error(status);
        var (client, _) = Build();

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CallToolAsync(Request(), CancellationToken.None));

        Assert.Equal(LlmFailureKind.ClientError, error.Kind);
        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task CacheKeyDependsOnTheTextAndThePromptVersion()
    {
        var (client, metrics) = Build();
        var codes = PromptLibrary.Embedded.Codes;
        var nextVersion = codes with { Version = codes.Version + 1 };

        await client.CallToolAsync(Request("Mild cardiomegaly."), CancellationToken.None);
        await client.CallToolAsync(Request("Mild cardiomegaly."), CancellationToken.None);
        await client.CallToolAsync(Request("Small pleural effusion."), CancellationToken.None);
        await client.CallToolAsync(new ClaudeToolRequest(nextVersion, nextVersion.Render("Mild cardiomegaly.", "X-RAY")), CancellationToken.None);

        Assert.Equal(3, _server.RequestCount);
        Assert.Equal(1, metrics.Count("cache_hit:codes"));
    }

    [Fact]
    public async Task CacheIsBoundedToItsSize()
    {
        var (client, _) = Build(options => options.CacheSize = 2);

        for (var i = 0; i < 5; i++)
        {
            await client.CallToolAsync(Request($"Study {i}: mild cardiomegaly."), CancellationToken.None);
        }
        await client.CallToolAsync(Request("Study 0: mild cardiomegaly."), CancellationToken.None);

        Assert.Equal(2, client.CachedAnswers);
        Assert.Equal(6, _server.RequestCount);
    }

    [Fact]
    public async Task FailedAnswersAreNotCached()
    {
        var fail = true;
        _server.Responder = request => fail ? FakeReply.Error(400) : FakeAnthropicServer.DefaultReply(request);
        var (client, _) = Build();

        await Assert.ThrowsAsync<LlmCallException>(() => client.CallToolAsync(Request(), CancellationToken.None));
        fail = false;
        await client.CallToolAsync(Request(), CancellationToken.None);

        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task CallerCancellationIsPassedOnNotTurnedIntoAFailure()
    {
        _server.Responder = _ => FakeReply.Hanging();
        var (client, _) = Build();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CallToolAsync(Request(), cancel.Token));
    }
}
