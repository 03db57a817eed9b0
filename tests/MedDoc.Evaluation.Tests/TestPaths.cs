namespace MedDoc.Evaluation.Tests;

/// <summary>Locations of the repository's files, found from the test binary upwards.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Synthetic => Path.Combine(RepositoryRoot, "evals", "datasets", "synthetic_v1.json");

    public static string Quick => Path.Combine(RepositoryRoot, "evals", "datasets", "quick_v1.json");

    public static string Thresholds => Path.Combine(RepositoryRoot, "evals", "thresholds.json");

    public static string IuDev => Environment.GetEnvironmentVariable("MEDDOC_IU_DEV") is { Length: > 0 } path
        ? path
        : Path.Combine(RepositoryRoot, "..", "shared", "data", "iu-cxr", "dev.jsonl");

    public static string Icd10OrderFile => Environment.GetEnvironmentVariable("MEDDOC_ICD10_ORDER_FILE") is { Length: > 0 } path
        ? path
        : Path.Combine(RepositoryRoot, "..", "shared", "data", "icd10cm", "icd10cm-order-2021-jan.txt.gz");

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "meddoc-eval-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MedDoc.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("MedDoc.slnx not found above the test binaries");
    }
}
