using System.Text.RegularExpressions;
using MedDoc.Api.Infrastructure;
using MedDoc.Engine.Coding;
using MedDoc.Llm.Configuration;

namespace MedDoc.Deploy.Tests.Support;

/// <summary>
/// The environment variables the deployed application reads: the public lists the API and the
/// LLM path keep (<see cref="EnvironmentVariables.All"/>, <see cref="LlmEnvironment.All"/>), plus
/// any literal name passed to Environment.GetEnvironmentVariable or read as a configuration key in
/// src/MedDoc.Api and src/MedDoc.Llm that a list forgot.
/// </summary>
public static partial class AppEnvironment
{
    /// <summary>ASP.NET Core's own settings that the images and manifests may set.</summary>
    public static readonly IReadOnlySet<string> Framework = new SortedSet<string>(StringComparer.Ordinal)
    {
        "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_URLS",
    };

    /// <summary>
    /// Variables the app reads that a cluster deliberately leaves unset, with the reason.
    /// Everything else the app reads must be supplied by a ConfigMap or Secret.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> UnsetInCluster = new Dictionary<string, string>
    {
        ["ANTHROPIC_BASE_URL"] = "points the Claude client at a local fake server in tests; the real service is the default",
        ["S3_ENDPOINT_URL"] = "only for an S3-compatible server other than AWS; EKS uses AWS S3 through IRSA",
        ["ASPNETCORE_URLS"] = "ASPNETCORE_HTTP_PORTS=8080 is set instead; setting both makes URLS win with a warning",
        ["ICD10CM_ORDER_FILE"] = "the image embeds the FY2026 ICD-10-CM terminology; a deployment sets this only to load a newer year's order file from a mounted volume",
        ["OIDC_UI_CONNECT_ORIGINS"] = "only for an issuer whose token endpoint lives on another host than OIDC_AUTHORITY (Cognito's hosted domain); set it in that overlay",
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "set it in an overlay where an OpenTelemetry collector runs (docs/deployment.md); Prometheus scrapes /metrics either way",
        ["WEB_DIST_DIR"] = "the api image keeps the UI in /app/web/dist, where the API looks by default; the Ingress sends / to the web pods",
    };

    private static readonly Lazy<IReadOnlySet<string>> Names = new(Discover);

    /// <summary>Every variable the application reads.</summary>
    public static IReadOnlySet<string> Read => Names.Value;

    /// <summary>The variables that carry secrets, by the application's own list.</summary>
    public static IReadOnlyList<string> Secrets => EnvironmentVariables.Secrets;

    /// <summary>Names read in the source that no public list declares (should stay empty).</summary>
    public static IReadOnlySet<string> ReadButUnlisted =>
        new SortedSet<string>(SourceNames().Except(EnvironmentVariables.All).Except(LlmEnvironment.All).Except(TerminologyEnvironment.All).Except(Framework), StringComparer.Ordinal);

    private static IReadOnlySet<string> Discover()
    {
        var names = new SortedSet<string>(EnvironmentVariables.All, StringComparer.Ordinal);
        names.UnionWith(LlmEnvironment.All);
        names.UnionWith(SourceNames());
        names.ExceptWith(Framework);
        return names;
    }

    private static IEnumerable<string> SourceNames()
    {
        var separator = Path.DirectorySeparatorChar;
        foreach (var project in new[] { "MedDoc.Api", "MedDoc.Llm" })
        {
            var sources = Directory.EnumerateFiles(Repo.PathOf("src", project), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                    && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
                    && !f.Contains($"{separator}Migrations{separator}", StringComparison.Ordinal));
            foreach (var file in sources)
            {
                foreach (Match match in ReadPattern().Matches(File.ReadAllText(file)))
                {
                    yield return match.Groups["name"].Value;
                }
            }
        }
    }

    // GetEnvironmentVariable("X"), configuration["X"], GetValue<T>("X"), GetSection("X") with an
    // upper-snake-case name (the app's settings are environment variables, not nested sections).
    [GeneratedRegex("""(?:GetEnvironmentVariable\(|\[|GetValue<[^>]+>\(|GetSection\()\s*"(?<name>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"\s*[\)\]]""")]
    private static partial Regex ReadPattern();
}
