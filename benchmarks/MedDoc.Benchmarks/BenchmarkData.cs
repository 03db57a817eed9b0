namespace MedDoc.Benchmarks;

/// <summary>Where the benchmarks find the shared data.</summary>
public static class BenchmarkData
{
    /// <summary>Reports in iu-cxr dev.jsonl.</summary>
    public const int IuDevReports = 1864;

    /// <summary>env MEDDOC_IU_DEV, else shared/data/iu-cxr/dev.jsonl in a parent of the working or app folder; null when absent.</summary>
    public static string? FindIuDev() => FindShared("MEDDOC_IU_DEV", "iu-cxr", "dev.jsonl");

    /// <summary>env MEDDOC_ICD10_ORDER_FILE, else shared/data/icd10cm/icd10cm_order_2026.txt.gz in a parent folder; null when absent.</summary>
    public static string? FindOrderFile() => FindShared("MEDDOC_ICD10_ORDER_FILE", "icd10cm", "icd10cm_order_2026.txt.gz");

    private static string? FindShared(string variable, string folder, string fileName)
    {
        var fromEnv = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return File.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        }
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", folder, fileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
