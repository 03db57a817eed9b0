using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace MedDoc.Llm.Configuration;

/// <summary>
/// Settings of the Claude path, bound from the environment variables of <see cref="LlmEnvironment"/>
/// and checked by <see cref="Validate"/> at start-up. Example: USE_CLAUDE_REAL=true, LLM_ROUTING=auto,
/// ANTHROPIC_API_KEY from a Secret.
/// </summary>
public sealed class LlmOptions
{
    /// <summary>The model used when <c>CLAUDE_MODEL</c> is not set (a current Sonnet).</summary>
    public const string DefaultModel = "claude-sonnet-5-5";

    /// <summary><c>USE_CLAUDE_REAL</c>: ask Claude where the engine is unsure.</summary>
    public bool Enabled { get; set; }

    /// <summary><c>CLAUDE_MODEL</c>.</summary>
    public string Model { get; set; } = DefaultModel;

    /// <summary><c>ANTHROPIC_API_KEY</c>; never logged or shown.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>ANTHROPIC_BASE_URL</c>; null for Anthropic's own.</summary>
    public string? BaseUrl { get; set; }

    /// <summary><c>LLM_ROUTING</c>.</summary>
    public LlmRouting Routing { get; set; } = LlmRouting.Auto;

    /// <summary><c>LLM_MAX_CONCURRENCY</c>: concurrent requests to Claude per process.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary><c>LLM_TIMEOUT_SECONDS</c>: budget of one call, retries and waits included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>LLM_MAX_RETRIES</c>: retries after 429, 529, other 5xx, connection errors and attempt timeouts.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; doubles per retry with jitter, unless the server sends retry-after.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest retry-after that is honoured; longer ones end the call (it falls back to the engine).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Failed attempts within <see cref="BreakerSamplingDuration"/> (at this ratio) that open the circuit.</summary>
    public int BreakerMinimumThroughput { get; set; } = 8;

    /// <summary>Failure ratio that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Window in which the breaker counts attempts.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit rejects calls before one trial call.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>LLM_CACHE_SIZE</c>: answers kept in memory (0 = no cache).</summary>
    public int CacheSize { get; set; } = 1000;

    /// <summary>
    /// <c>LLM_CONFIDENCE_THRESHOLD</c>: auto routing asks Claude below this (calibrated) classification confidence. 0.9 is
    /// read off the reliability table in docs/evaluation.md: below it the engine is right 68 % of the time, above it 99.4 %.
    /// </summary>
    public double ConfidenceThreshold { get; set; } = 0.9;

    /// <summary><c>LLM_MIN_FINDINGS_PER_1000_CHARS</c>: auto routing sends a free-text note with lower coverage.</summary>
    public double MinFindingsPer1000Chars { get; set; } = 1.0;

    /// <summary><c>PHI_REDACTION</c>: redact PHI before text leaves the process.</summary>
    public bool PhiRedaction { get; set; } = true;

    /// <summary><c>CLAUDE_PROVIDER</c>.</summary>
    public ClaudeProvider Provider { get; set; } = ClaudeProvider.Anthropic;

    /// <summary>Output token limit of one call.</summary>
    public int MaxOutputTokens { get; set; } = 2048;

    /// <summary>Errors found while reading the configuration (bad numbers, unknown words), one line each.</summary>
    public List<string> BindingErrors { get; } = [];

    /// <summary>Reads every variable of <see cref="LlmEnvironment"/> from <paramref name="configuration"/>; unset ones keep their defaults.</summary>
    public void Bind(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Enabled = ReadBool(configuration, LlmEnvironment.UseClaudeReal, Enabled);
        Model = ReadString(configuration, LlmEnvironment.ClaudeModel) ?? Model;
        ApiKey = ReadString(configuration, LlmEnvironment.AnthropicApiKey) ?? ApiKey;
        BaseUrl = ReadString(configuration, LlmEnvironment.AnthropicBaseUrl) ?? BaseUrl;
        Routing = ReadEnum(configuration, LlmEnvironment.LlmRouting, Routing);
        MaxConcurrency = ReadInt(configuration, LlmEnvironment.LlmMaxConcurrency, MaxConcurrency);
        Timeout = TimeSpan.FromSeconds(ReadInt(configuration, LlmEnvironment.LlmTimeoutSeconds, (int)Timeout.TotalSeconds));
        MaxRetries = ReadInt(configuration, LlmEnvironment.LlmMaxRetries, MaxRetries);
        CacheSize = ReadInt(configuration, LlmEnvironment.LlmCacheSize, CacheSize);
        ConfidenceThreshold = ReadDouble(configuration, LlmEnvironment.LlmConfidenceThreshold, ConfidenceThreshold);
        MinFindingsPer1000Chars = ReadDouble(configuration, LlmEnvironment.LlmMinFindingsPer1000Chars, MinFindingsPer1000Chars);
        PhiRedaction = ReadBool(configuration, LlmEnvironment.PhiRedaction, PhiRedaction);
        Provider = ReadEnum(configuration, LlmEnvironment.ClaudeProvider, Provider);
    }

    /// <summary>
    /// Every problem with these settings, one line each naming the variable
    /// ("ANTHROPIC_API_KEY is required when USE_CLAUDE_REAL=true"); empty when they are usable.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(BindingErrors);
        if (MaxConcurrency is < 1 or > 256)
        {
            errors.Add($"{LlmEnvironment.LlmMaxConcurrency} must be between 1 and 256 (got {MaxConcurrency}).");
        }
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{LlmEnvironment.LlmTimeoutSeconds} must be between 1 and 600 seconds (got {Timeout.TotalSeconds:0.###}).");
        }
        if (MaxRetries is < 0 or > 10)
        {
            errors.Add($"{LlmEnvironment.LlmMaxRetries} must be between 0 and 10 (got {MaxRetries}).");
        }
        if (CacheSize is < 0 or > 1_000_000)
        {
            errors.Add($"{LlmEnvironment.LlmCacheSize} must be between 0 and 1000000 (got {CacheSize}).");
        }
        if (ConfidenceThreshold is < 0 or > 1 || double.IsNaN(ConfidenceThreshold))
        {
            errors.Add($"{LlmEnvironment.LlmConfidenceThreshold} must be between 0 and 1 (got {ConfidenceThreshold.ToString(CultureInfo.InvariantCulture)}).");
        }
        if (MinFindingsPer1000Chars < 0 || double.IsNaN(MinFindingsPer1000Chars))
        {
            errors.Add($"{LlmEnvironment.LlmMinFindingsPer1000Chars} must be zero or more.");
        }
        if (string.IsNullOrWhiteSpace(Model))
        {
            errors.Add($"{LlmEnvironment.ClaudeModel} must not be empty.");
        }
        if (BaseUrl is not null && !(Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add($"{LlmEnvironment.AnthropicBaseUrl} must be an absolute http(s) URL.");
        }
        if (Enabled && Provider == ClaudeProvider.Anthropic && string.IsNullOrWhiteSpace(ApiKey))
        {
            errors.Add($"{LlmEnvironment.AnthropicApiKey} is required when {LlmEnvironment.UseClaudeReal}=true.");
        }
        if (Enabled && Provider == ClaudeProvider.Bedrock)
        {
            errors.Add($"{LlmEnvironment.ClaudeProvider}=bedrock is not supported by this build; use anthropic.");
        }
        return errors;
    }

    private static string? ReadString(IConfiguration configuration, string name)
    {
        var value = configuration[name];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private bool ReadBool(IConfiguration configuration, string name, bool fallback)
    {
        var value = ReadString(configuration, name);
        switch (value?.ToLowerInvariant())
        {
            case null:
                return fallback;
            case "true" or "1" or "yes" or "on":
                return true;
            case "false" or "0" or "no" or "off":
                return false;
            default:
                BindingErrors.Add($"{name} must be true or false (got '{value}').");
                return fallback;
        }
    }

    private int ReadInt(IConfiguration configuration, string name, int fallback)
    {
        var value = ReadString(configuration, name);
        if (value is null)
        {
            return fallback;
        }
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }
        BindingErrors.Add($"{name} must be a whole number (got '{value}').");
        return fallback;
    }

    private double ReadDouble(IConfiguration configuration, string name, double fallback)
    {
        var value = ReadString(configuration, name);
        if (value is null)
        {
            return fallback;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }
        BindingErrors.Add($"{name} must be a number (got '{value}').");
        return fallback;
    }

    private TEnum ReadEnum<TEnum>(IConfiguration configuration, string name, TEnum fallback)
        where TEnum : struct, Enum
    {
        var value = ReadString(configuration, name);
        if (value is null)
        {
            return fallback;
        }
        if (Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(value[0]))
        {
            return parsed;
        }
        var allowed = string.Join(" | ", Enum.GetNames<TEnum>().Select(item => item.ToLowerInvariant()));
        BindingErrors.Add($"{name} must be one of {allowed} (got '{value}').");
        return fallback;
    }
}
