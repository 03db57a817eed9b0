using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// deploy/scripts/deploy.sh, run from a temporary copy of deploy/ with a fake kubectl that
/// renders with the real `kubectl kustomize` and records everything else it is asked to do.
/// </summary>
public sealed class DeployScriptTests : IDisposable
{
    private const string Registry = "123456789012.dkr.ecr.ap-south-1.amazonaws.com";
    private const string Sha = "3f2c1ab9d0e4";

    private readonly FakeCommands _fakes = new();
    private readonly string _root = Repo.CopyToTemp("deploy");

    public DeployScriptTests()
    {
        var overlay = Path.Combine(_root, "deploy", "k8s", "overlays", "dev");
        File.Copy(Path.Combine(overlay, "secrets.env.sample"), Path.Combine(overlay, "secrets.env"));
    }

    public void Dispose()
    {
        _fakes.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void MigrationCompletesBeforeAnyDeploymentIsApplied()
    {
        var result = Deploy(jobState: "Complete");

        Assert.True(result.ExitCode == 0, result.Output);
        var calls = _fakes.CallsTo("kubectl").Where(c => !c.StartsWith("kubectl kustomize", StringComparison.Ordinal)).ToList();
        Assert.Equal("kubectl delete job --namespace dev --selector app.kubernetes.io/component=migration --ignore-not-found --wait=true", calls[0]);
        Assert.EndsWith("--selector meddoc.io/deploy-phase=pre-rollout", calls[1], StringComparison.Ordinal);
        Assert.StartsWith("kubectl get job api-migrate --namespace dev", calls[2], StringComparison.Ordinal);
        Assert.Matches("^kubectl apply --filename \\S+$", calls[3]);
        Assert.Equal("kubectl rollout status deployment/api --namespace dev --timeout 600s", calls[4]);
        Assert.Equal("kubectl rollout status deployment/worker --namespace dev --timeout 600s", calls[5]);
        Assert.Equal("kubectl rollout status deployment/web --namespace dev --timeout 600s", calls[6]);
    }

    [Fact]
    public void EveryContainerRunsTheRegistryImageTaggedWithTheSha()
    {
        Deploy(jobState: "Complete");

        var applied = Yaml.Documents(File.ReadAllText(Path.Combine(_fakes.Folder, "applied-all.yaml")));
        var images = applied.Where(o => o.Str("kind") is "Deployment" or "Job")
            .SelectMany(Manifests.Containers).Select(c => c.Str("image")).ToList();
        Assert.Equal(
            [$"{Registry}/med-doc-backend:{Sha}", $"{Registry}/med-doc-backend:{Sha}", $"{Registry}/med-doc-backend:{Sha}", $"{Registry}/med-doc-frontend:{Sha}"],
            images.Order());
    }

    [Fact]
    public void PreRolloutApplyHoldsTheJobButNoDeployment()
    {
        Deploy(jobState: "Complete");

        var kinds = Yaml.Documents(File.ReadAllText(Path.Combine(_fakes.Folder, "applied-phase.yaml")))
            .Where(o => o.StringMap("metadata.labels").GetValueOrDefault("meddoc.io/deploy-phase") == "pre-rollout")
            .Select(o => o.Str("kind")).ToHashSet();
        Assert.Contains("Job", kinds);
        Assert.Contains("ConfigMap", kinds);
        Assert.Contains("Secret", kinds);
        Assert.DoesNotContain("Deployment", kinds);
    }

    [Fact]
    public void FailedMigrationStopsBeforeTheRollout()
    {
        var result = Deploy(jobState: "Failed");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("migration Job did not complete", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(_fakes.Calls, c => c.StartsWith("kubectl rollout", StringComparison.Ordinal));
        Assert.DoesNotContain(_fakes.Calls, c => c.StartsWith("kubectl apply", StringComparison.Ordinal) && !c.Contains("--selector", StringComparison.Ordinal));
        Assert.Contains("kubectl logs --namespace dev job/api-migrate --tail=50", _fakes.Calls);
    }

    [Fact]
    public void RolloutThatNeverBecomesReadyIsUndoneAndFails()
    {
        var result = Deploy(jobState: "Complete", rolloutExit: 1);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("kubectl rollout undo deployment/api --namespace dev", _fakes.Calls);
        Assert.Contains("kubectl rollout undo deployment/worker --namespace dev", _fakes.Calls);
        Assert.Contains("kubectl rollout undo deployment/web --namespace dev", _fakes.Calls);
    }

    [Fact]
    public void MissingSecretsFileIsAClearErrorBeforeAnythingIsApplied()
    {
        File.Delete(Path.Combine(_root, "deploy", "k8s", "overlays", "dev", "secrets.env"));

        var result = Deploy(jobState: "Complete");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("secrets.env is missing", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(_fakes.Calls);
    }

    [Theory]
    [InlineData("staging", "123.dkr.ecr/x", "abc", "no overlay named 'staging'")]
    [InlineData("dev", "123.dkr.ecr/x", "bad tag!", "not a valid image tag")]
    public void BadArgumentsAreNamed(string environment, string registry, string tag, string message)
    {
        var result = _fakes.Run(Path.Combine(_root, "deploy", "scripts", "deploy.sh"), [environment, registry, tag]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
    }

    private ProcessResult Deploy(string jobState, int rolloutExit = 0)
    {
        var kubectl = Processes.Require("kubectl");
        _fakes.Add("kubectl", $$"""
            case "$1" in
              kustomize) exec "{{kubectl}}" "$@" ;;
              apply) if [[ "$*" == *--selector* ]]; then cp "$3" "{{_fakes.Folder}}/applied-phase.yaml"; else cp "$3" "{{_fakes.Folder}}/applied-all.yaml"; fi ;;
              get) echo "{{jobState}}" ;;
              rollout) [[ "$2" == status ]] && exit {{rolloutExit}} ;;
            esac
            exit 0
            """);
        return _fakes.Run(Path.Combine(_root, "deploy", "scripts", "deploy.sh"), ["dev", Registry, Sha]);
    }
}
