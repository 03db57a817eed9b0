using MedDoc.Engine;
using MedDoc.Llm.Configuration;
using MedDoc.Llm.Tests.Fakes;

namespace MedDoc.Llm.Tests;

/// <summary>The Claude path end to end through the Anthropic SDK against a fake Messages API on loopback.</summary>
public sealed class HybridAnalyzerTests : IAsyncLifetime
{
    private const string Report =
        "EXAMINATION: CHEST 2 VIEWS\nFINDINGS: The heart is enlarged. No pneumothorax or pleural effusion.\nIMPRESSION: Mild cardiomegaly.";

    private FakeAnthropicServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAnthropicServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static CodeSuggestion EngineCardiomegaly()
    {
        var start = Report.IndexOf("cardiomegaly", StringComparison.Ordinal);
        return new CodeSuggestion("I51.7", "Cardiomegaly", [Span.Of(Report, start, start + "cardiomegaly".Length)], 0.9, CodeBasis.Documented);
    }

    private void AnswerCodes(params object[] codes) =>
        _server.Responder = request => request.ToolName == "record_codes"
            ? FakeReply.ToolUse("record_codes", new { codes })
            : FakeAnthropicServer.DefaultReply(request);

    [Fact]
    public async Task ValidToolUseCodeIsReturnedWithEvidenceSpansInTheOriginalText()
    {
        AnswerCodes(new { code = "I51.7", evidence = new[] { "Mild  cardiomegaly" }, basis = "documented", confidence = 0.92 });
        var metrics = new RecordingLlmMetrics();

        var result = await FakeClaude.Analyzer(_server, metrics: metrics).AnalyzeAsync(Report, CancellationToken.None);

        var code = Assert.Single(result.Codes);
        Assert.Equal("I51.7", code.Code);
        Assert.Equal("Cardiomegaly", code.Description);
        var span = Assert.Single(code.Evidence);
        Assert.Equal("Mild cardiomegaly", span.Text);
        Assert.Equal(Report.IndexOf("Mild cardiomegaly", StringComparison.Ordinal), span.Start);
        Assert.True(EvidenceValidator.IsValid(code, Report));
        Assert.Equal(AnalysisSources.Llm, result.Source);
        Assert.Equal(1, metrics.Count("accepted"));
    }

    [Fact]
    public async Task AlwaysRoutingSendsTheThreePromptsWithTheirTools()
    {
        var result = await FakeClaude.Analyzer(_server).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(
            ["record_classification", "record_codes", "record_summary"],
            _server.Requests.Select(request => request.ToolName).Order(StringComparer.Ordinal));
        Assert.Equal(DocumentType.XRay, result.Classification.Type);
        Assert.StartsWith("Claude:", result.Classification.Rationale, StringComparison.Ordinal);
        Assert.Equal("Chest radiograph.", result.Summary.Text);
        Assert.All(_server.Requests, request => Assert.Contains("\"tool_choice\":{\"type\":\"tool\"", request.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InventedCodeNeverReachesTheClient()
    {
        AnswerCodes(
            new { code = "Z99.999", evidence = new[] { "Mild cardiomegaly" }, basis = "documented", confidence = 0.9 },
            new { code = "I51.7", evidence = new[] { "Mild cardiomegaly" }, basis = "documented", confidence = 0.9 });
        var metrics = new RecordingLlmMetrics();

        var result = await FakeClaude.Analyzer(_server, metrics: metrics).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(["I51.7"], result.Codes.Select(code => code.Code));
        Assert.Equal(1, metrics.Count("dropped:not_in_catalog"));
        Assert.Contains(result.Warnings!, warning => warning.Contains("not_in_catalog: 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvidenceNotInTheTextDropsTheCode()
    {
        AnswerCodes(new { code = "J90", evidence = new[] { "Large right pleural effusion" }, basis = "documented", confidence = 0.9 });
        var metrics = new RecordingLlmMetrics();

        var result = await FakeClaude.Analyzer(_server, metrics: metrics).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Empty(result.Codes);
        Assert.Equal(1, metrics.Count("dropped:evidence_not_found"));
    }

    [Fact]
    public async Task OneParaphrasedQuoteAmongVerbatimOnesDropsTheCode()
    {
        AnswerCodes(new { code = "I51.7", evidence = new[] { "Mild cardiomegaly", "heart is big" }, basis = "documented", confidence = 0.9 });

        var result = await FakeClaude.Analyzer(_server).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Empty(result.Codes);
    }

    [Fact]
    public async Task EvidenceTheEngineReadsAsNegatedDropsTheCode()
    {
        var engine = new FakeEngine(findings: text => [FakeEngine.FindingAt(text, "pleural effusion", "pleural_effusion", Assertion.Negated)]);
        AnswerCodes(new { code = "J90", evidence = new[] { "No pneumothorax or pleural effusion." }, basis = "documented", confidence = 0.8 });
        var metrics = new RecordingLlmMetrics();

        var result = await FakeClaude.Analyzer(_server, engine, metrics).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Empty(result.Codes);
        Assert.Equal(1, metrics.Count("dropped:engine_negated"));
    }

    [Fact]
    public async Task MalformedToolInputFallsBackToTheEngineWithAWarning()
    {
        _server.Responder = request => request.ToolName == "record_codes"
            ? FakeReply.ToolUse("record_codes", new { codes = "I51.7 because the heart is big" })
            : FakeAnthropicServer.DefaultReply(request);
        var engineCode = EngineCardiomegaly();
        var engine = new FakeEngine(codes: _ => [engineCode]);

        var result = await FakeClaude.Analyzer(_server, engine).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(AnalysisSources.Rules, result.Source);
        Assert.Equal([engineCode], result.Codes);
        Assert.Contains(result.Warnings!, warning => warning.Contains("malformed_output", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResponseBodyThatIsNotJsonFallsBackToTheEngine()
    {
        _server.Responder = _ => new FakeReply(200, "{\"id\":\"msg_1\",\"content\":[{\"type\":\"tool_use\",");

        var result = await FakeClaude.Analyzer(_server).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(AnalysisSources.Rules, result.Source);
        Assert.Single(result.Warnings!);
    }

    [Fact]
    public async Task ProseAnswerWithoutTheToolFallsBackToTheEngine()
    {
        _server.Responder = _ => new FakeReply(200, """
            {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-5-5",
             "content":[{"type":"text","text":"The code is I51.7."}],"stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":10,"output_tokens":5}}
            """);

        var result = await FakeClaude.Analyzer(_server).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(AnalysisSources.Rules, result.Source);
        Assert.Contains(result.Warnings!, warning => warning.Contains("malformed_output", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RateLimitThenSuccessIsRetriedAndAnswered()
    {
        AnswerCodes(new { code = "I51.7", evidence = new[] { "Mild cardiomegaly" }, basis = "documented", confidence = 0.9 });
        var answer = _server.Responder;
        var limited = 0;
        _server.Responder = request => request.ToolName == "record_codes" && Interlocked.Increment(ref limited) == 1
            ? FakeReply.Error(429, new Dictionary<string, string> { ["retry-after-ms"] = "20" })
            : answer(request);
        var metrics = new RecordingLlmMetrics();

        var result = await FakeClaude.Analyzer(_server, metrics: metrics).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(AnalysisSources.Llm, result.Source);
        Assert.Equal(["I51.7"], result.Codes.Select(code => code.Code));
        Assert.Equal(1, metrics.Count("attempt_failed:rate_limited"));
        Assert.Equal(4, _server.RequestCount);
    }

    [Fact]
    public async Task StormOf529ReturnsTheEngineAnswerWithAWarningAndNoException()
    {
        _server.Responder = _ => FakeReply.Error(529);
        var engineCode = EngineCardiomegaly();
        var engine = new FakeEngine(codes: _ => [engineCode]);
        var metrics = new RecordingLlmMetrics();

        var result = await FakeClaude.Analyzer(_server, engine, metrics).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(AnalysisSources.Rules, result.Source);
        Assert.Equal([engineCode], result.Codes);
        Assert.Equal("Engine summary.", result.Summary.Text);
        Assert.Equal(["Claude was unavailable (overloaded); the rules engine's answer is returned."], result.Warnings);
        Assert.Equal(4, metrics.Count("attempt_failed:overloaded"));
        Assert.Equal(1, metrics.Count("fell_back:overloaded"));
    }

    [Fact]
    public async Task CircuitOpensUnder529StormAndLaterCallsAreNotSent()
    {
        _server.Responder = _ => FakeReply.Error(529);
        var analyzer = FakeClaude.Analyzer(_server, configure: options =>
        {
            options.MaxRetries = 1;
            options.BreakerMinimumThroughput = 4;
            options.BreakerBreakDuration = TimeSpan.FromMinutes(1);
        });

        for (var i = 0; i < 5; i++)
        {
            var result = await analyzer.AnalyzeAsync(Report + $" Study {i}.", CancellationToken.None);
            Assert.Equal(AnalysisSources.Rules, result.Source);
        }
        var sentBeforeLastCall = _server.RequestCount;
        var last = await analyzer.AnalyzeAsync(Report + " Last study.", CancellationToken.None);

        Assert.Equal(sentBeforeLastCall, _server.RequestCount);
        Assert.Contains(last.Warnings!, warning => warning.Contains("circuit_open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HangPastTheTimeoutFallsBackToTheEngine()
    {
        _server.Responder = _ => FakeReply.Hanging();
        var metrics = new RecordingLlmMetrics();
        var analyzer = FakeClaude.Analyzer(_server, metrics: metrics, configure: options => options.Timeout = TimeSpan.FromSeconds(1));

        var result = await analyzer.AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(AnalysisSources.Rules, result.Source);
        Assert.Contains(result.Warnings!, warning => warning.Contains("(timeout)", StringComparison.Ordinal));
        Assert.Equal(1, metrics.Count("fell_back:timeout"));
    }

    [Fact]
    public async Task SlowServerUnder32ConcurrentRequestsNeverSeesMoreThanTheLimit()
    {
        _server.Responder = request => FakeAnthropicServer.DefaultReply(request) with { Delay = TimeSpan.FromMilliseconds(50) };
        var analyzer = FakeClaude.Analyzer(_server, configure: options => options.MaxConcurrency = 3);

        var results = await Task.WhenAll(Enumerable.Range(0, 32)
            .Select(i => Task.Run(() => analyzer.AnalyzeAsync(Report + $" Study {i}.", CancellationToken.None))));

        Assert.All(results, result => Assert.Equal(AnalysisSources.Llm, result.Source));
        Assert.Equal(32 * 3, _server.RequestCount);
        Assert.InRange(_server.MaxConcurrentRequests, 1, 3);
    }

    [Fact]
    public async Task SameDocumentTwiceIsAnsweredFromTheCache()
    {
        var metrics = new RecordingLlmMetrics();
        var analyzer = FakeClaude.Analyzer(_server, metrics: metrics);

        await analyzer.AnalyzeAsync(Report, CancellationToken.None);
        var second = await analyzer.AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(AnalysisSources.Llm, second.Source);
        Assert.Equal(3, _server.RequestCount);
        Assert.Equal(3, metrics.Events.Count(item => item.StartsWith("cache_hit:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task NeverRoutingSendsNothingAndCountsTheAvoidedCall()
    {
        var metrics = new RecordingLlmMetrics();
        var analyzer = FakeClaude.Analyzer(_server, metrics: metrics, configure: options => options.Routing = LlmRouting.Never);

        var result = await analyzer.AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(AnalysisSources.Rules, result.Source);
        Assert.Equal(0, _server.RequestCount);
        Assert.Equal(1, metrics.Count("avoided:routing_never"));
    }

    [Fact]
    public async Task AutoRoutingKeepsAConfidentChestRadiographOnTheRealEngine()
    {
        var metrics = new RecordingLlmMetrics();
        var analyzer = FakeClaude.Analyzer(_server, new ClinicalEngine(), metrics, options => options.Routing = LlmRouting.Auto);

        var result = await analyzer.AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(DocumentType.XRay, result.Classification.Type);
        Assert.Equal(AnalysisSources.Rules, result.Source);
        Assert.Equal(0, _server.RequestCount);
        Assert.Equal(1, metrics.Count("avoided:confident"));
    }

    [Fact]
    public async Task AutoRoutingSendsAnUnreadableNoteToClaude()
    {
        const string note = "Pt seen today. Feels unwell, tired, more short of breath on stairs than last month. Will review.";
        var metrics = new RecordingLlmMetrics();
        var analyzer = FakeClaude.Analyzer(_server, new ClinicalEngine(), metrics, options => options.Routing = LlmRouting.Auto);

        var result = await analyzer.AnalyzeAsync(note, CancellationToken.None);

        Assert.Equal(AnalysisSources.Llm, result.Source);
        Assert.True(_server.RequestCount >= 2);
        Assert.Single(metrics.Events, item => item.StartsWith("routed:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EmptyTextNeverReachesClaude()
    {
        var result = await FakeClaude.Analyzer(_server).AnalyzeAsync("  \n ", CancellationToken.None);

        Assert.Same(AnalysisResult.Empty, result);
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public async Task TokensReportedByTheApiAreCounted()
    {
        var metrics = new RecordingLlmMetrics();

        await FakeClaude.Analyzer(_server, metrics: metrics).AnalyzeAsync(Report, CancellationToken.None);

        Assert.Equal(3 * 812, metrics.InputTokens);
        Assert.Equal(3 * 96, metrics.OutputTokens);
    }
}
