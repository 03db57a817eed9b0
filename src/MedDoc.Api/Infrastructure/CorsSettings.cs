namespace MedDoc.Api.Infrastructure;

/// <summary>Browser origins allowed by CORS (<c>ALLOW_ORIGINS</c>, comma-separated; a trailing slash is ignored).</summary>
public sealed class CorsSettings
{
    public const string DefaultOrigins = "http://localhost:5173,http://127.0.0.1:5173";

    public IReadOnlyList<string> AllowedOrigins { get; set; } = Parse(DefaultOrigins);

    public static void Bind(CorsSettings options, IConfiguration configuration) =>
        options.AllowedOrigins = Parse(EnvironmentValues.GetString(configuration, EnvironmentVariables.AllowOrigins) ?? DefaultOrigins);

    /// <summary>"http://a.test/, http://b.test" → ["http://a.test", "http://b.test"]; "*" allows any origin.</summary>
    public static IReadOnlyList<string> Parse(string value)
    {
        var origins = new List<string>();
        foreach (var item in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var origin = item.TrimEnd('/');
            if (origin != "*" && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/"))
            {
                throw new ConfigurationException(EnvironmentVariables.AllowOrigins, $"'{item}' is not an origin like http://localhost:5173");
            }
            origins.Add(origin);
        }
        return origins;
    }
}
