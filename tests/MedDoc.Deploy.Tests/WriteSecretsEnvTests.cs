using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>deploy/scripts/write-secrets-env.sh turns environment secrets into the overlay's secrets.env.</summary>
public sealed class WriteSecretsEnvTests : IDisposable
{
    private readonly string _root = Repo.CopyToTemp("deploy");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void WritesEverySampleKeyReadableOnlyByTheOwner()
    {
        var result = Write(new() { ["DB_URL"] = "postgresql://u:p@db:5432/meddoc", ["ANTHROPIC_API_KEY"] = "test-key-123" });

        Assert.True(result.ExitCode == 0, result.Output);
        var file = Path.Combine(_root, "deploy", "k8s", "overlays", "dev", "secrets.env");
        Assert.Equal(["DB_URL=postgresql://u:p@db:5432/meddoc", "ANTHROPIC_API_KEY=test-key-123"], File.ReadAllLines(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.DoesNotContain("test-key-123", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSecretIsNamedAndNoFileIsLeft()
    {
        var result = Write(new() { ["DB_URL"] = "postgresql://u:p@db:5432/meddoc", ["ANTHROPIC_API_KEY"] = null });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ANTHROPIC_API_KEY is not set", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("u:p@db", result.Output, StringComparison.Ordinal);
        Assert.Equal(["secrets.env.sample"], Directory.GetFiles(Path.Combine(_root, "deploy", "k8s", "overlays", "dev"), "*secrets*").Select(Path.GetFileName));
    }

    [Fact]
    public void SecretFilesAreGitIgnoredAndNeverCommitted()
    {
        var tracked = Processes.Run("git", ["ls-files", "deploy/k8s/overlays"]).StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, Processes.Run("git", ["check-ignore", "-q", "deploy/k8s/overlays/dev/secrets.env"]).ExitCode);
        Assert.Equal(0, Processes.Run("git", ["check-ignore", "-q", "deploy/k8s/overlays/prod/secrets.env"]).ExitCode);
        Assert.DoesNotContain(tracked, f => f.EndsWith("/secrets.env", StringComparison.Ordinal));
    }

    private ProcessResult Write(Dictionary<string, string?> environment) =>
        Processes.Run("bash", [Path.Combine(_root, "deploy", "scripts", "write-secrets-env.sh"), "dev"], environment: environment);
}
