using MedDoc.Llm.Configuration;
using Microsoft.Extensions.Configuration;

namespace MedDoc.Llm.Tests.Configuration;

public sealed class LlmOptionsTests
{
    private static LlmOptions Bind(params (string Key, string Value)[] values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(value => new KeyValuePair<string, string?>(value.Key, value.Value)))
            .Build();
        var options = new LlmOptions();
        options.Bind(configuration);
        return options;
    }

    [Fact]
    public void NothingSetGivesTheDocumentedDefaults()
    {
        var options = Bind();

        Assert.False(options.Enabled);
        Assert.Equal(LlmOptions.DefaultModel, options.Model);
        Assert.Equal(LlmRouting.Auto, options.Routing);
        Assert.Equal(4, options.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.True(options.PhiRedaction);
        Assert.Equal(ClaudeProvider.Anthropic, options.Provider);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void EveryVariableIsRead()
    {
        var options = Bind(
            ("USE_CLAUDE_REAL", "true"), ("CLAUDE_MODEL", "claude-haiku-5-5"), ("ANTHROPIC_API_KEY", "k"),
            ("ANTHROPIC_BASE_URL", "http://127.0.0.1:9999"), ("LLM_ROUTING", "ALWAYS"), ("LLM_MAX_CONCURRENCY", "8"),
            ("LLM_TIMEOUT_SECONDS", "12"), ("LLM_MAX_RETRIES", "2"), ("LLM_CACHE_SIZE", "50"),
            ("LLM_CONFIDENCE_THRESHOLD", "0.75"), ("LLM_MIN_FINDINGS_PER_1000_CHARS", "2.5"), ("PHI_REDACTION", "false"),
            ("CLAUDE_PROVIDER", "anthropic"));

        Assert.True(options.Enabled);
        Assert.Equal("claude-haiku-5-5", options.Model);
        Assert.Equal("k", options.ApiKey);
        Assert.Equal("http://127.0.0.1:9999", options.BaseUrl);
        Assert.Equal(LlmRouting.Always, options.Routing);
        Assert.Equal(8, options.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(12), options.Timeout);
        Assert.Equal(2, options.MaxRetries);
        Assert.Equal(50, options.CacheSize);
        Assert.Equal(0.75, options.ConfidenceThreshold);
        Assert.Equal(2.5, options.MinFindingsPer1000Chars);
        Assert.False(options.PhiRedaction);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void EnabledWithoutAnApiKeyNamesTheMissingVariable()
    {
        var errors = Bind(("USE_CLAUDE_REAL", "true")).Validate();

        Assert.Equal(["ANTHROPIC_API_KEY is required when USE_CLAUDE_REAL=true."], errors);
    }

    [Theory]
    [InlineData("USE_CLAUDE_REAL", "maybe", "USE_CLAUDE_REAL must be true or false (got 'maybe').")]
    [InlineData("LLM_ROUTING", "sometimes", "LLM_ROUTING must be one of auto | always | never (got 'sometimes').")]
    [InlineData("LLM_ROUTING", "1", "LLM_ROUTING must be one of auto | always | never (got '1').")]
    [InlineData("LLM_MAX_CONCURRENCY", "four", "LLM_MAX_CONCURRENCY must be a whole number (got 'four').")]
    [InlineData("LLM_MAX_CONCURRENCY", "0", "LLM_MAX_CONCURRENCY must be between 1 and 256 (got 0).")]
    [InlineData("LLM_TIMEOUT_SECONDS", "0", "LLM_TIMEOUT_SECONDS must be between 1 and 600 seconds (got 0).")]
    [InlineData("LLM_CONFIDENCE_THRESHOLD", "1.5", "LLM_CONFIDENCE_THRESHOLD must be between 0 and 1 (got 1.5).")]
    [InlineData("ANTHROPIC_BASE_URL", "localhost:8080", "ANTHROPIC_BASE_URL must be an absolute http(s) URL.")]
    [InlineData("CLAUDE_PROVIDER", "azure", "CLAUDE_PROVIDER must be one of anthropic | bedrock (got 'azure').")]
    public void BadValueGivesOneLineNamingItsVariable(string name, string value, string expected)
    {
        Assert.Equal([expected], Bind((name, value)).Validate());
    }

    [Fact]
    public void BedrockIsRejectedClearlyWhenEnabled()
    {
        var errors = Bind(("USE_CLAUDE_REAL", "true"), ("CLAUDE_PROVIDER", "bedrock")).Validate();

        Assert.Equal(["CLAUDE_PROVIDER=bedrock is not supported by this build; use anthropic."], errors);
    }

    [Fact]
    public void TheApiKeyNeverAppearsInAnError()
    {
        var errors = Bind(("USE_CLAUDE_REAL", "true"), ("ANTHROPIC_API_KEY", "sk-secret-123"), ("LLM_MAX_CONCURRENCY", "x")).Validate();

        Assert.NotEmpty(errors);
        Assert.DoesNotContain(errors, error => error.Contains("sk-secret-123", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicListNamesEveryVariableOnceAndTheKeyAsTheSecret()
    {
        Assert.Equal(LlmEnvironment.All.Count, LlmEnvironment.All.Distinct().Count());
        Assert.Contains("USE_CLAUDE_REAL", LlmEnvironment.All);
        Assert.Contains("PHI_REDACTION", LlmEnvironment.All);
        Assert.Equal(["ANTHROPIC_API_KEY"], LlmEnvironment.Secrets);
    }
}
