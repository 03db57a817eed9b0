namespace MedDoc.Benchmarks;

/// <summary>Where the benchmarks find the shared data.</summary>
public static class BenchmarkData
{
    /// <summary>Reports in iu-cxr dev.jsonl.</summary>
    public const int IuDevReports = 1864;

    /// <summary>env MEDDOC_IU_DEV, else shared/data/iu-cxr/dev.jsonl in a parent of the working or app folder; null when absent.</summary>
    public static string? FindIuDev() => FromEnvironmentOrShared("MEDDOC_IU_DEV", Path.Combine("iu-cxr", "dev.jsonl"));

    /// <summary>env MEDDOC_ICD10_ORDER_FILE, else shared/data/icd10cm/icd10cm_order_2026.txt.gz in a parent folder; null when absent.</summary>
    public static string? FindOrderFile() => FromEnvironmentOrShared("MEDDOC_ICD10_ORDER_FILE", Path.Combine("icd10cm", "icd10cm_order_2026.txt.gz"));

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

    private static string? FromEnvironmentOrShared(string variable, string relativePath)
    {
        var fromEnv = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return File.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        }
        return FindShared(relativePath);
    }
}
