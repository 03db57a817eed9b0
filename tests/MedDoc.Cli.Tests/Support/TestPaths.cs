using MedDoc.Testing;

namespace MedDoc.Cli.Tests.Support;

/// <summary>Locations of the repository's files, found from the test binary upwards, and scratch folders.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot => RepositoryFiles.Root;

    public static string Synthetic => Path.Combine(RepositoryRoot, "evals", "datasets", "synthetic_v1.json");

    public static string Thresholds => Path.Combine(RepositoryRoot, "evals", "thresholds.json");

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "meddoc-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static string WriteFile(string directory, string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
