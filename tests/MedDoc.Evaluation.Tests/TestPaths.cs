using MedDoc.Testing;

namespace MedDoc.Evaluation.Tests;

/// <summary>Locations of the repository's files, found from the test binary upwards.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot => RepositoryFiles.Root;

    public static string Synthetic => Path.Combine(RepositoryRoot, "evals", "datasets", "synthetic_v1.json");

    public static string Quick => Path.Combine(RepositoryRoot, "evals", "datasets", "quick_v1.json");

    public static string Thresholds => Path.Combine(RepositoryRoot, "evals", "thresholds.json");

    public static string IuDev => RepositoryFiles.IuDev;

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "meddoc-eval-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
