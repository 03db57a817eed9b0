using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>deploy/scripts/ci-eval-gate.sh, CI's gate step, with a fake `dotnet` on PATH.</summary>
public sealed class CiEvalGateTests : IDisposable
{
    private readonly FakeCommands _fakes = new();

    public void Dispose() => _fakes.Dispose();

    [Theory]
    [InlineData(0, "## Eval gate: passed")]
    [InlineData(1, "## Eval gate: FAILED (exit 1)")]
    [InlineData(2, "## Eval gate: FAILED (exit 2)")]
    public void GateStatusIsTheEvalsAndItsSummaryReachesTheJobSummary(int evalExit, string heading)
    {
        var outDir = Path.Combine(_fakes.Folder, "eval");
        var summary = Path.Combine(_fakes.Folder, "step-summary.md");
        _fakes.Add("dotnet", $"printf '%s\\n' '| accuracy | 0.95 |' >\"{outDir}/summary.md\"\nexit {evalExit}");

        var result = _fakes.Run("deploy/scripts/ci-eval-gate.sh", [outDir], new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary });

        Assert.Equal(evalExit, result.ExitCode);
        Assert.Equal([heading, "| accuracy | 0.95 |"], File.ReadAllLines(summary));
    }

    [Fact]
    public void GateScoresSyntheticV1AgainstTheThresholdsInProcess()
    {
        var outDir = Path.Combine(_fakes.Folder, "eval");
        _fakes.Add("dotnet", "exit 0");

        _fakes.Run("deploy/scripts/ci-eval-gate.sh", [outDir]);

        var call = Assert.Single(_fakes.CallsTo("dotnet"));
        Assert.Equal(
            $"dotnet run --project {Repo.PathOf("src", "MedDoc.Cli")} -c Release -- eval --dataset {Repo.PathOf("evals", "datasets", "synthetic_v1.json")} --thresholds {Repo.PathOf("evals", "thresholds.json")} --out {outDir}",
            call);
        Assert.True(File.Exists(Repo.PathOf("evals", "datasets", "synthetic_v1.json")));
        Assert.True(File.Exists(Repo.PathOf("evals", "thresholds.json")));
    }
}
