using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Configuration;

namespace MedDoc.Llm.Tests.Fakes;

/// <summary>Builds the real Claude path (SDK client + resilience + hybrid analyzer) pointed at a fake server.</summary>
public static class FakeClaude
{
    /// <summary>Options for tests: enabled, routing always, fast retries, a short but safe timeout.</summary>
    public static LlmOptions Options(FakeAnthropicServer server, Action<LlmOptions>? configure = null)
    {
        var options = new LlmOptions
        {
            Enabled = true,
            ApiKey = "test-key-not-a-secret",
            BaseUrl = server.BaseUrl,
            Routing = LlmRouting.Always,
            Timeout = TimeSpan.FromSeconds(10),
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            MaxRetries = 3,
            BreakerMinimumThroughput = 1000,
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A hybrid analyzer talking to <paramref name="server"/> through the Anthropic SDK.</summary>
    public static HybridAnalyzer Analyzer(
        FakeAnthropicServer server,
        IDocumentAnalyzer? engine = null,
        RecordingLlmMetrics? metrics = null,
        Action<LlmOptions>? configure = null,
        IcdCatalog? catalog = null)
    {
        var options = Options(server, configure);
        metrics ??= new RecordingLlmMetrics();
        var claude = new ResilientClaudeClient(new AnthropicClaudeClient(options), options, metrics);
        return new HybridAnalyzer(engine ?? new FakeEngine(), claude, options, metrics, catalog);
    }
}
