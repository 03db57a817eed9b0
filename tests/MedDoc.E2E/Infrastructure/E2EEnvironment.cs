using System.Reflection;
using MedDoc.Testing;

namespace MedDoc.E2E.Infrastructure;

/// <summary>
/// Where the end-to-end suite finds what it needs: the built API, the built web UI (web/dist) and
/// Debian's Chromium. Locally a missing piece skips the suite; in CI (CI=true) it fails it.
/// </summary>
public static class E2EEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>True in CI, where a missing prerequisite must fail the run instead of skipping it.</summary>
    public static bool IsCi => RepositoryFiles.IsCi;

    /// <summary>The repository root: the nearest folder above the test binaries holding MedDoc.slnx.</summary>
    public static string RepositoryRoot => RepositoryFiles.Root;

    /// <summary>The built web UI; <c>MEDDOC_E2E_WEB_DIST</c> overrides it.</summary>
    public static string WebDist =>
        Environment.GetEnvironmentVariable("MEDDOC_E2E_WEB_DIST") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot, "web", "dist");

    /// <summary>
    /// The API assembly built in the same configuration as these tests (the project reference builds it);
    /// <c>MEDDOC_E2E_API_DLL</c> overrides it.
    /// </summary>
    public static string ApiAssembly =>
        Environment.GetEnvironmentVariable("MEDDOC_E2E_API_DLL") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot, "src", "MedDoc.Api", "bin", BuildConfiguration, "net10.0", "MedDoc.Api.dll");

    /// <summary>Why the suite cannot run here, or null when everything is in place.</summary>
    public static string? MissingPrerequisite()
    {
        if (!File.Exists(ApiAssembly))
        {
            return $"the built API is missing at {ApiAssembly} (dotnet build tests/MedDoc.E2E)";
        }
        if (!File.Exists(Path.Combine(WebDist, "index.html")))
        {
            return $"the built web UI is missing at {WebDist} (cd web && npm ci && npm run build)";
        }
        if (!File.Exists(ChromiumPath))
        {
            return $"Chromium is missing at {ChromiumPath} (apt-get install chromium)";
        }
        return null;
    }

    private static string BuildConfiguration =>
        typeof(E2EEnvironment).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
