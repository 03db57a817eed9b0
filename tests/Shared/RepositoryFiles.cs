namespace MedDoc.Testing;

/// <summary>
/// Where the tests find the repository and the shared data, compiled into every test project
/// (tests/Directory.Build.props): the root is the nearest folder above the test binaries holding
/// MedDoc.slnx, and shared data sits beside the repository in ../shared/data (never copied into it).
/// </summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>True in CI, where missing shared data fails a test instead of skipping it.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A path inside the repository.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A file of ../shared/data (e.g. "iu-cxr", "dev.jsonl"); it may not exist.</summary>
    public static string SharedData(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", "data", .. parts]));

    /// <summary>The IU chest X-ray dev split: <c>MEDDOC_IU_DEV</c>, else its place in ../shared/data.</summary>
    public static string IuDev => FromEnvironment("MEDDOC_IU_DEV") ?? SharedData("iu-cxr", "dev.jsonl");

    /// <summary>The CMS ICD-10-CM order file of the code set the engine ships (FY2026) in ../shared/data.</summary>
    public static string Icd10OrderFile => SharedData("icd10cm", "icd10cm_order_2026.txt.gz");

    private static string? FromEnvironment(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MedDoc.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"MedDoc.slnx not found above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
