namespace MedDoc.Benchmarks;

/// <summary>Where the benchmarks find the shared IU data.</summary>
public static class BenchmarkData
{
    /// <summary>Reports in iu-cxr dev.jsonl.</summary>
    public const int IuDevReports = 1864;

    /// <summary>env MEDDOC_IU_DEV, else shared/data/iu-cxr/dev.jsonl in a parent of the working or app folder; null when absent.</summary>
    public static string? FindIuDev()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MEDDOC_IU_DEV");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return File.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        }
        return FindShared(Path.Combine("iu-cxr", "dev.jsonl"));
    }

    /// <summary>shared/data/{relativePath} in a parent of the working or app folder; null when absent.</summary>
    public static string? FindShared(string relativePath)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", relativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
