namespace MedDoc.Api.Infrastructure;

/// <summary>Whether Claude is asked where the engine is unsure (<c>USE_CLAUDE_REAL</c>) and how to reach it.</summary>
public sealed class LlmOptions
{
    public const string DefaultModel = "claude-sonnet-4-5";

    public bool UseClaudeReal { get; set; }

    public string Model { get; set; } = DefaultModel;

    public string? ApiKey { get; set; }

    public Uri? BaseUrl { get; set; }

    public static void Bind(LlmOptions options, IConfiguration configuration)
    {
        options.UseClaudeReal = EnvironmentValues.GetBool(configuration, EnvironmentVariables.UseClaudeReal, false);
        options.Model = EnvironmentValues.GetString(configuration, EnvironmentVariables.ClaudeModel) ?? DefaultModel;
        options.ApiKey = EnvironmentValues.GetString(configuration, EnvironmentVariables.AnthropicApiKey);
        var baseUrl = EnvironmentValues.GetString(configuration, EnvironmentVariables.AnthropicBaseUrl);
        if (baseUrl is not null)
        {
            options.BaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new ConfigurationException(EnvironmentVariables.AnthropicBaseUrl, $"must be an http(s) URL, got '{baseUrl}'");
        }
        if (options.UseClaudeReal && options.ApiKey is null)
        {
            throw new ConfigurationException(EnvironmentVariables.AnthropicApiKey, "is required when USE_CLAUDE_REAL=true");
        }
    }
}
