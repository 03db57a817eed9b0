namespace MedDoc.Llm.Configuration;

/// <summary>
/// The environment variables the Claude path reads. <see cref="All"/> is the public list that
/// deployment checks (k8s ConfigMaps and Secrets) are compared against.
/// </summary>
public static class LlmEnvironment
{
    /// <summary>"true" turns the hybrid analyzer on; default false (the engine answers alone).</summary>
    public const string UseClaudeReal = "USE_CLAUDE_REAL";
    /// <summary>Claude model id; default <see cref="LlmOptions.DefaultModel"/>.</summary>
    public const string ClaudeModel = "CLAUDE_MODEL";
    /// <summary>API key (a Secret); required when <see cref="UseClaudeReal"/> is true with the anthropic provider.</summary>
    public const string AnthropicApiKey = "ANTHROPIC_API_KEY";
    /// <summary>Optional base URL of the Messages API (tests point it at a loopback fake).</summary>
    public const string AnthropicBaseUrl = "ANTHROPIC_BASE_URL";
    /// <summary>auto (default) | always | never.</summary>
    public const string LlmRouting = "LLM_ROUTING";
    /// <summary>Maximum concurrent requests to Claude per process; default 4.</summary>
    public const string LlmMaxConcurrency = "LLM_MAX_CONCURRENCY";
    /// <summary>Budget in seconds of one LLM call, retries included; default 30.</summary>
    public const string LlmTimeoutSeconds = "LLM_TIMEOUT_SECONDS";
    /// <summary>Retries after a 429/529/5xx/timeout; default 3.</summary>
    public const string LlmMaxRetries = "LLM_MAX_RETRIES";
    /// <summary>Entries of the in-memory answer cache; default 1000 (0 turns the cache off).</summary>
    public const string LlmCacheSize = "LLM_CACHE_SIZE";
    /// <summary>In auto routing, Claude is asked when the engine's classification confidence is below this; default 0.9 (docs/evaluation.md).</summary>
    public const string LlmConfidenceThreshold = "LLM_CONFIDENCE_THRESHOLD";
    /// <summary>In auto routing, a free-text note with fewer present findings per 1,000 characters is sent; default 1.0.</summary>
    public const string LlmMinFindingsPer1000Chars = "LLM_MIN_FINDINGS_PER_1000_CHARS";
    /// <summary>"false" sends text to Claude without PHI redaction; default true.</summary>
    public const string PhiRedaction = "PHI_REDACTION";
    /// <summary>anthropic (default) | bedrock.</summary>
    public const string ClaudeProvider = "CLAUDE_PROVIDER";

    /// <summary>Every variable above, in the order of the README table.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UseClaudeReal, ClaudeModel, AnthropicApiKey, AnthropicBaseUrl, LlmRouting, LlmMaxConcurrency,
        LlmTimeoutSeconds, LlmMaxRetries, LlmCacheSize, LlmConfidenceThreshold, LlmMinFindingsPer1000Chars,
        PhiRedaction, ClaudeProvider,
    ];

    /// <summary>The variables that hold secrets (they belong in a Secret, never in a ConfigMap).</summary>
    public static IReadOnlyList<string> Secrets { get; } = [AnthropicApiKey];
}
