using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace MedDoc.Deploy.Tests.Support;

/// <summary>
/// The environment variables the deployed application reads, found the way the application
/// declares them: public name lists (types named *EnvironmentVariables in MedDoc.Api and
/// MedDoc.Llm, read by reflection) plus every literal passed to
/// Environment.GetEnvironmentVariable or read as a configuration key in src/MedDoc.Api and
/// src/MedDoc.Llm. Only when neither finds anything does the documented list stand in.
/// </summary>
public static partial class AppEnvironment
{
    /// <summary>The variables ARCHITECTURE.md and the deployment brief name.</summary>
    public static readonly IReadOnlySet<string> Documented = new SortedSet<string>(StringComparer.Ordinal)
    {
        "USE_CLAUDE_REAL", "CLAUDE_MODEL", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "DB_URL",
        "ALLOW_ORIGINS", "AWS_REGION", "S3_BUCKET", "S3_ENDPOINT_URL", "STORAGE_DIR", "MAX_UPLOAD_MB",
        "MAX_TEXT_CHARS", "DB_MIGRATE_ON_START", "LLM_ROUTING", "LLM_MAX_CONCURRENCY",
        "LLM_TIMEOUT_SECONDS", "PHI_REDACTION", "CLAUDE_PROVIDER",
    };

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
    };

    private static readonly Lazy<IReadOnlySet<string>> Discovered = new(Discover);

    /// <summary>What the application reads (discovered, or the documented list when nothing is found).</summary>
    public static IReadOnlySet<string> Read => Discovered.Value.Count > 0 ? Discovered.Value : Documented;

    /// <summary>True when the names came from the code rather than the documented fallback.</summary>
    public static bool FromCode => Discovered.Value.Count > 0;

    private static IReadOnlySet<string> Discover()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(Program).Assembly, typeof(MedDoc.Llm.IAnalysisService).Assembly })
        {
            foreach (var type in SafeTypes(assembly).Where(t => t.Name.EndsWith("EnvironmentVariables", StringComparison.Ordinal)))
            {
                names.UnionWith(NamesDeclaredBy(type));
            }
        }

        foreach (var project in new[] { "MedDoc.Api", "MedDoc.Llm" })
        {
            var dir = Repo.PathOf("src", project);
            var sources = Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            foreach (var file in sources)
            {
                foreach (Match match in ReadPattern().Matches(File.ReadAllText(file)))
                {
                    names.Add(match.Groups["name"].Value);
                }
            }
        }

        names.ExceptWith(Framework);
        return names;
    }

    private static IEnumerable<string> NamesDeclaredBy(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        var values = new List<object?>();
        values.AddRange(type.GetFields(flags).Select(f => f.GetValue(null)));
        values.AddRange(type.GetProperties(flags).Where(p => p.GetIndexParameters().Length == 0).Select(p => p.GetValue(null)));
        foreach (var value in values)
        {
            if (value is string name && EnvName().IsMatch(name))
            {
                yield return name;
            }
            else if (value is IEnumerable sequence and not string)
            {
                foreach (var item in sequence.OfType<string>().Where(s => EnvName().IsMatch(s)))
                {
                    yield return item;
                }
            }
        }
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$")]
    private static partial Regex EnvName();

    // GetEnvironmentVariable("X"), configuration["X"], GetValue<T>("X"), GetSection("X") with an
    // upper-snake-case name (the app's settings are environment variables, not nested sections).
    [GeneratedRegex("""(?:GetEnvironmentVariable\(|\[|GetValue<[^>]+>\(|GetSection\()\s*"(?<name>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"\s*[\)\]]""")]
    private static partial Regex ReadPattern();
}
