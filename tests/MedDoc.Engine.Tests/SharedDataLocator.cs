using MedDoc.Testing;

namespace MedDoc.Engine.Tests;

/// <summary>Finds files under ../shared/data (read-only, never copied into the repository).</summary>
internal static class SharedDataLocator
{
    /// <summary>True on CI, where a missing shared file is a failure rather than a skip.</summary>
    public static bool IsCi => RepositoryFiles.IsCi;

    /// <summary>The full path of <c>../shared/data/{relativePath}</c> beside the repository, or null when it is missing.</summary>
    public static string? Find(string relativePath)
    {
        var path = RepositoryFiles.SharedData(relativePath);
        return File.Exists(path) ? path : null;
    }
}
