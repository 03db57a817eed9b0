namespace MedDoc.Engine.Tests;

/// <summary>Finds files under ../shared/data (read-only, never copied into the repository).</summary>
internal static class SharedDataLocator
{
    /// <summary>True on CI, where a missing shared file is a failure rather than a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <c>shared/data/{relativePath}</c>, found by walking up from the test binaries, or null.</summary>
    public static string? Find(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(directory.FullName, "shared", "data", relativePath), Path.Combine(directory.FullName, "..", "shared", "data", relativePath) })
            {
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }
        return null;
    }
}
