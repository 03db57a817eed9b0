using MedDoc.Testing;

namespace MedDoc.Deploy.Tests.Support;

/// <summary>Paths inside the repository under test.</summary>
public static class Repo
{
    public static string Root => RepositoryFiles.Root;

    public static string PathOf(params string[] parts) => RepositoryFiles.PathOf(parts);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    public static bool Exists(string relativePath)
    {
        var full = PathOf(relativePath.TrimEnd('/').Split('/'));
        return File.Exists(full) || Directory.Exists(full);
    }

    /// <summary>Copies a folder of the repository into a fresh temporary folder, same relative path.</summary>
    public static string CopyToTemp(params string[] relativeFolders)
    {
        var target = Directory.CreateTempSubdirectory("meddoc-deploy-test-").FullName;
        foreach (var folder in relativeFolders)
        {
            CopyDirectory(PathOf(folder.Split('/')), Path.Combine([target, .. folder.Split('/')]));
        }

        return target;
    }

    /// <summary>Every shell script of the repository (tracked or new), skipping build output and packages.</summary>
    public static IReadOnlyList<string> ShellScripts()
    {
        string[] skipped = ["node_modules", "bin", "obj", ".git", "TestResults"];
        var scripts = new List<string>();
        var pending = new Stack<string>([Root]);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(dir))
            {
                if (!skipped.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }

            scripts.AddRange(Directory.EnumerateFiles(dir, "*.sh").Select(f => Path.GetRelativePath(Root, f)));
        }

        scripts.Add(Path.Combine(".ci", "run"));
        scripts.Sort(StringComparer.Ordinal);
        return scripts;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var copy = Path.Combine(target, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetUnixFileMode(copy, File.GetUnixFileMode(file));
        }

        foreach (var dir in Directory.EnumerateDirectories(source))
        {
            CopyDirectory(dir, Path.Combine(target, Path.GetFileName(dir)));
        }
    }
}
