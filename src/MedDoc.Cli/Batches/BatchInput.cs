namespace MedDoc.Cli.Batches;

/// <summary>
/// The documents of <c>meddoc batch DIR</c>: every .txt and .pdf file under the folder, in a stable
/// (ordinal path) order, named by their path relative to it. Other files are counted and skipped.
/// </summary>
public sealed record BatchInput(string Root, IReadOnlyList<string> RelativePaths, int Skipped)
{
    private static readonly string[] Extensions = [".txt", ".pdf"];

    /// <summary>Reads the folder; a missing folder, or one without a single .txt or .pdf file, is a usage error.</summary>
    public static BatchInput Read(string directory, string shownAs)
    {
        if (!Directory.Exists(directory))
        {
            throw new UsageException(File.Exists(directory)
                ? $"{shownAs}: is a file; give a folder of .txt and .pdf documents"
                : $"{shownAs}: no such folder");
        }
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{shownAs}: cannot list the folder ({error.Message})");
        }
        var documents = files
            .Where(file => Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (documents.Count == 0)
        {
            throw new UsageException($"{shownAs}: no .txt or .pdf files in the folder");
        }
        return new BatchInput(directory, documents, files.Count - documents.Count);
    }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);
}
