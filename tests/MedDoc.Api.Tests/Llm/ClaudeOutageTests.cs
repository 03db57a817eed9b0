using System.Text.Json;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Llm.Configuration;

namespace MedDoc.Api.Tests.Llm;

/// <summary>
/// Issue #5's bar through the real API: with USE_CLAUDE_REAL=true and LLM_ROUTING=always, a Claude
/// that answers 529 to everything still leaves every analysis endpoint answering 200 from the engine,
/// and no PHI of the note appears in any request Claude received.
/// </summary>
public sealed class ClaudeOutageTests(ClaudeOutageTests.OverloadedClaudeFactory factory) : IClassFixture<ClaudeOutageTests.OverloadedClaudeFactory>
{
    private const string NoteWithPhi = """
        Patient: Johanna Vermeulen    MRN: 48213977    DOB: 03/14/1961
        Phone: (317) 555-0142   Email: j.vermeulen@example.org
        Address: 4821 Maple Grove Drive, Carmel, IN 46032
        Attending: Dr. Aurelio Castellanos, MD

        ASSESSMENT AND PLAN:
        1. Type 2 diabetes mellitus, on metformin.
        2. Hypertension, well controlled.
        No chest pain. Denies shortness of breath.
        """;

    private static readonly string[] PhiStrings =
        ["Johanna", "Vermeulen", "48213977", "03/14/1961", "555-0142", "j.vermeulen@example.org", "4821 Maple Grove", "Castellanos"];

    public sealed class OverloadedClaudeFactory : SqliteApiFactory
    {
        public OverloadedAnthropicServer Claude { get; } = OverloadedAnthropicServer.StartAsync().GetAwaiter().GetResult();

        protected override bool UseRealEngine => true;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            [LlmEnvironment.UseClaudeReal] = "true",
            [LlmEnvironment.AnthropicApiKey] = "test-key-not-secret",
            [LlmEnvironment.AnthropicBaseUrl] = Claude.BaseUrl,
            [LlmEnvironment.LlmRouting] = "always",
            [LlmEnvironment.LlmMaxRetries] = "1",
            [LlmEnvironment.LlmTimeoutSeconds] = "10",
            [LlmEnvironment.LlmCacheSize] = "0",
        };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Claude.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/api/classify")]
    [InlineData("/api/extract-codes")]
    [InlineData("/api/summarize")]
    [InlineData("/api/analyze")]
    public async Task OverloadedClaudeStillAnswers200FromTheEngine(string path)
    {
        var response = await factory.CreateClient().PostTextAsync(path, NoteWithPhi);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task OverloadedClaudeGivesTheRulesAnswerWithAWarning()
    {
        var analysis = await (await factory.CreateClient().PostTextAsync("/api/analyze", NoteWithPhi)).JsonAsync();

        Assert.Equal("rules", analysis.GetProperty("source").GetString());
        Assert.NotEmpty(analysis.GetProperty("warnings").EnumerateArray());
        var codes = analysis.GetProperty("codes").EnumerateArray().Select(code => code.GetProperty("code").GetString()).ToArray();
        Assert.Contains("E11.9", codes);
        Assert.Contains("I10", codes);
    }

    [Fact]
    public async Task StartingTheApiNeverCallsClaude()
    {
        await using var fresh = new OverloadedClaudeFactory();

        var health = await fresh.CreateClient().GetAsync("/health");

        Assert.Equal(200, (int)health.StatusCode);
        Assert.Empty(fresh.Claude.RequestBodies);
    }

    [Fact]
    public async Task NoPhiOfTheNoteReachesClaude()
    {
        await factory.CreateClient().PostTextAsync("/api/analyze", NoteWithPhi);

        var bodies = factory.Claude.RequestBodies.Select(StringsOf).ToArray();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, body => Assert.DoesNotContain(PhiStrings, phi => body.Contains(phi, StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(bodies, body => body.Contains("Type 2 diabetes mellitus", StringComparison.Ordinal));
    }

    /// <summary>Every string value of a JSON request body, unescaped, so an escaped name cannot hide.</summary>
    private static string StringsOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        return string.Join("\n", Strings(document.RootElement));

        static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => [element.GetString()!],
            JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Strings(property.Value)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
            _ => [],
        };
    }
}
