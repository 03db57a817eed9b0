using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// deploy/scripts/fetch-shared-data.sh, which gives a GitHub runner the shared test data: run from
/// a temporary copy of deploy/ so that "beside the checkout" is a temporary folder, with the
/// download served from a local file:// URL.
/// </summary>
public sealed class FetchSharedDataTests : IDisposable
{
    private static readonly string SharedData = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "data"));

    private readonly string _top = Directory.CreateTempSubdirectory("meddoc-fetch-").FullName;

    public void Dispose() => Directory.Delete(_top, recursive: true);

    [Fact]
    public void ManifestMatchesTheSharedDataTheTestsUse()
    {
        var result = Processes.Run("sha256sum", ["--check", Repo.PathOf("deploy", "ci", "shared-data.sha256")], workingDirectory: Path.GetDirectoryName(SharedData));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("data/iu-cxr/dev.jsonl: OK", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("data/icd10cm/icd10cm_order_2026.txt.gz: OK", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("data/real/codiesp_dev.jsonl.gz: OK", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("data/real/mts_dev.jsonl.gz: OK", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("data/real/tcga_dev.jsonl.gz: OK", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifiedDownloadIsPlacedBesideTheCheckout()
    {
        var url = Tarball(tamper: false);

        var result = Fetch(url);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"verified {File.ReadAllLines(Repo.PathOf("deploy", "ci", "shared-data.sha256")).Length} files", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(SharedData, "iu-cxr", "dev.jsonl")), File.ReadAllBytes(Path.Combine(_top, "shared", "data", "iu-cxr", "dev.jsonl")));
        Assert.Contains("already present", Fetch(null).StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void DownloadThatDoesNotMatchTheManifestIsRejected()
    {
        var result = Fetch(Tarball(tamper: true));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not match", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_top, "shared", "data")));
    }

    [Fact]
    public void MissingDataWithoutAUrlIsNamed()
    {
        var result = Fetch(null);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("MEDDOC_SHARED_DATA_URL is not set", result.StandardError, StringComparison.Ordinal);
    }

    private ProcessResult Fetch(string? url)
    {
        var checkout = Path.Combine(_top, "checkout");
        if (!Directory.Exists(checkout))
        {
            var copy = Repo.CopyToTemp("deploy");
            Directory.Move(copy, checkout);
        }

        return Processes.Run("bash", [Path.Combine(checkout, "deploy", "scripts", "fetch-shared-data.sh")],
            environment: new Dictionary<string, string?> { ["MEDDOC_SHARED_DATA_URL"] = url });
    }

    private string Tarball(bool tamper)
    {
        var staging = Path.Combine(_top, "staging");
        var data = Path.Combine(staging, "data");
        foreach (var file in Directory.EnumerateFiles(SharedData, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(data, Path.GetRelativePath(SharedData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        if (tamper)
        {
            File.AppendAllText(Path.Combine(data, "iu-cxr", "dev.jsonl"), "{}\n");
        }

        var tarball = Path.Combine(_top, "data.tar.gz");
        var tar = Processes.Run("tar", ["-czf", tarball, "-C", staging, "data"]);
        Assert.True(tar.ExitCode == 0, tar.Output);
        Directory.Delete(staging, recursive: true);
        return new Uri(tarball).AbsoluteUri;
    }
}
