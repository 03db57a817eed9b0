using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// deploy/scripts/eval-gate-or-rollback.sh with fake kubectl, curl and dotnet on PATH: the
/// gate's exit status decides whether the deployments are rolled back.
/// </summary>
public sealed class EvalGateOrRollbackTests : IDisposable
{
    private const string Script = "deploy/scripts/eval-gate-or-rollback.sh";

    private readonly FakeCommands _fakes = new();

    public void Dispose() => _fakes.Dispose();

    [Fact]
    public void FailedGateUndoesEveryDeploymentAndFails()
    {
        var result = RunGate(evalExit: 1);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("kubectl rollout undo deployment/api --namespace dev", _fakes.Calls);
        Assert.Contains("kubectl rollout undo deployment/worker --namespace dev", _fakes.Calls);
        Assert.Contains("kubectl rollout undo deployment/web --namespace dev", _fakes.Calls);
        Assert.Contains(_fakes.Calls, c => c.StartsWith("kubectl rollout status deployment/api --namespace dev", StringComparison.Ordinal));
    }

    [Fact]
    public void PassedGateLeavesTheDeploymentsAlone()
    {
        var result = RunGate(evalExit: 0);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain(_fakes.Calls, c => c.Contains("rollout", StringComparison.Ordinal));
        Assert.Single(_fakes.CallsTo("dotnet"));
    }

    [Fact]
    public void GateThatCannotReadItsInputAlsoRollsBack()
    {
        var result = RunGate(evalExit: 2);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(3, _fakes.Calls.Count(c => c.StartsWith("kubectl rollout undo", StringComparison.Ordinal)));
    }

    [Fact]
    public void ApiThatNeverAnswersIsRolledBackWithoutRunningTheEval()
    {
        var result = RunGate(evalExit: 0, apiAnswers: false);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(_fakes.CallsTo("dotnet"));
        Assert.Contains("kubectl rollout undo deployment/api --namespace dev", _fakes.Calls);
        Assert.Contains("did not answer", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheNamedDeploymentsAreRolledBack()
    {
        var result = RunGate(evalExit: 1, deployments: ["api"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["kubectl rollout undo deployment/api --namespace dev"], _fakes.Calls.Where(c => c.StartsWith("kubectl rollout undo", StringComparison.Ordinal)));
    }

    [Fact]
    public void GateScoresTheForwardedApiWithTheDatasetAndThresholds()
    {
        RunGate(evalExit: 0);

        var forward = Assert.Single(_fakes.CallsTo("kubectl"), c => c.Contains("port-forward", StringComparison.Ordinal));
        Assert.Equal("kubectl port-forward --namespace dev svc/api 18123:80", forward);
        var eval = Assert.Single(_fakes.CallsTo("dotnet"));
        Assert.Contains("--project " + Repo.PathOf("src", "MedDoc.Cli"), eval, StringComparison.Ordinal);
        Assert.Contains("-- eval --dataset " + Repo.PathOf("evals", "datasets", "synthetic_v1.json"), eval, StringComparison.Ordinal);
        Assert.Contains("--thresholds " + Repo.PathOf("evals", "thresholds.json"), eval, StringComparison.Ordinal);
        Assert.EndsWith("--api-base http://127.0.0.1:18123/api", eval, StringComparison.Ordinal);
        Assert.Contains("curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:18123/health", _fakes.Calls);
    }

    [Fact]
    public void OutcomeIsWrittenToTheJobSummary()
    {
        var summary = Path.Combine(_fakes.Folder, "summary.md");

        RunGate(evalExit: 1, summary: summary, evalWritesSummary: "| metric | value |");

        var text = File.ReadAllText(summary);
        Assert.Contains("FAILED (dev, status 1), rolled back: api worker web", text, StringComparison.Ordinal);
        Assert.Contains("| metric | value |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingNamespaceIsAUsageError()
    {
        var result = _fakes.Run(Script, []);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(_fakes.Calls);
    }

    private ProcessResult RunGate(int evalExit, bool apiAnswers = true, string[]? deployments = null, string? summary = null, string? evalWritesSummary = null)
    {
        var outDir = Path.Combine(_fakes.Folder, "out");
        var writeSummary = evalWritesSummary is null ? "" : $"printf '%s\\n' '{evalWritesSummary}' >\"{outDir}/summary.md\"";
        _fakes.Add("kubectl", """if [[ "$1" == port-forward ]]; then exec sleep 30; fi""")
            // Like the real one, the API answers only once the port-forward runs (a race under load otherwise).
            .Add("curl", apiAnswers ? $"grep -q '^kubectl port-forward' \"{_fakes.LogPath}\" || exit 7" : "exit 7")
            .Add("dotnet", $"{writeSummary}\nexit {evalExit}");
        var environment = new Dictionary<string, string?>
        {
            ["LOCAL_PORT"] = "18123",
            ["OUT_DIR"] = outDir,
            ["PORT_FORWARD_WAIT_SECONDS"] = apiAnswers ? "60" : "2",
            ["GITHUB_STEP_SUMMARY"] = summary,
        };
        return _fakes.Run(Script, ["dev", .. deployments ?? []], environment);
    }
}
