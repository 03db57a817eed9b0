namespace MedDoc.Deploy.Tests.Support;

/// <summary>
/// A temporary folder of hand-written fake commands put first on PATH. Each fake appends its
/// name and arguments to a shared log, one line per call, then does what its body says.
/// </summary>
public sealed class FakeCommands : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("meddoc-fakes-").FullName;

    public FakeCommands()
    {
        Directory.CreateDirectory(BinDir);
        File.WriteAllText(LogPath, "");
    }

    public string BinDir => Path.Combine(_dir, "bin");

    public string LogPath => Path.Combine(_dir, "calls.log");

    public string Folder => _dir;

    /// <summary>Adds a fake; the body runs in bash after the call was logged.</summary>
    public FakeCommands Add(string name, string body)
    {
        var path = Path.Combine(BinDir, name);
        File.WriteAllText(path, $"#!/usr/bin/env bash\nprintf '%s\\n' \"{name} $*\" >>\"{LogPath}\"\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return this;
    }

    public IReadOnlyList<string> Calls => File.ReadAllLines(LogPath);

    public IReadOnlyList<string> CallsTo(string name) => Calls.Where(c => c.StartsWith(name + " ", StringComparison.Ordinal)).ToList();

    /// <summary>Runs a script with the fakes first on PATH.</summary>
    public ProcessResult Run(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var env = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>())
        {
            ["PATH"] = BinDir + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["GITHUB_STEP_SUMMARY"] = environment?.GetValueOrDefault("GITHUB_STEP_SUMMARY"),
        };
        return Processes.Run("bash", [script, .. arguments], workingDirectory, env);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
