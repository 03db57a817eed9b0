namespace MedDoc.Engine.Tests.IuCxr;

/// <summary>Finds iu-cxr dev.jsonl: env MEDDOC_IU_DEV, else ../shared/data/iu-cxr/dev.jsonl beside a parent of the test folder.</summary>
public static class IuCxrData
{
    /// <summary>The path of dev.jsonl, or null when it cannot be found.</summary>
    public static string? FindDevFile()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MEDDOC_IU_DEV");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return File.Exists(fromEnv) ? fromEnv : null;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "iu-cxr", "dev.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>True when running in CI (env CI=true), where missing data is a failure.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
