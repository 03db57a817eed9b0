namespace MedDoc.Cli;

/// <summary>Finds project files such as evals/thresholds.json from the current directory upwards.</summary>
public static class RepositoryPaths
{
    /// <summary>The first existing <paramref name="relativePath"/> under <paramref name="start"/> or one of its parents, or null.</summary>
    public static string? FindUp(string relativePath, string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
