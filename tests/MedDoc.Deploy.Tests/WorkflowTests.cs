using System.Text.RegularExpressions;
using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>The three GitHub Actions workflows parse, chain, and run scripts that exist.</summary>
public sealed partial class WorkflowTests
{
    public static TheoryData<string> Workflows => new("ci.yml", "ci-build.yml", "cd-deploy-dev.yml");

    [Theory]
    [MemberData(nameof(Workflows))]
    public void WorkflowParsesWithANameTriggersAndJobsWithSteps(string file)
    {
        var workflow = Load(file);

        Assert.False(string.IsNullOrWhiteSpace(workflow.Str("name")));
        Assert.NotNull(workflow.Get("on"));
        Assert.NotEmpty(Jobs(workflow));
        Assert.All(Jobs(workflow).Values, job =>
        {
            Assert.NotNull(job.Str("runs-on"));
            Assert.NotNull(job.Str("timeout-minutes"));
            Assert.NotEmpty(job.Seq("steps"));
        });
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void NeedsNameJobsOfTheSameWorkflow(string file)
    {
        var jobs = Jobs(Load(file));

        foreach (var job in jobs.Values)
        {
            var needs = job.Get("needs") switch
            {
                YamlScalarNode one => [one.Value!],
                YamlSequenceNode many => many.Children.Select(n => ((YamlScalarNode)n).Value!).ToList(),
                _ => new List<string>(),
            };
            Assert.All(needs, n => Assert.Contains(n, jobs.Keys));
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void EveryScriptAWorkflowRunsExistsAndIsExecutable(string file)
    {
        var scripts = Steps(Load(file)).Select(s => s.Str("run")).OfType<string>()
            .SelectMany(run => ScriptPath().Matches(run).Select(m => m.Groups["path"].Value)).ToList();

        Assert.All(scripts, script =>
        {
            Assert.True(File.Exists(Repo.PathOf(script.Split('/'))), $"{file} runs {script}, which does not exist");
            Assert.True(File.GetUnixFileMode(Repo.PathOf(script.Split('/'))).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable");
        });
        if (file != "ci-build.yml")
        {
            Assert.NotEmpty(scripts);
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void ActionsArePinnedToAVersion(string file)
    {
        var uses = Steps(Load(file)).Select(s => s.Str("uses")).OfType<string>().ToList();

        Assert.All(uses, u => Assert.Matches(@"^[\w.-]+/[\w.-]+@v\d+$", u));
    }

    [Fact]
    public void WorkflowsChainCiToImageBuildToDevDeploy()
    {
        var names = new[] { "ci.yml", "ci-build.yml" }.ToDictionary(f => f, f => Load(f).Str("name"));

        Assert.Equal([names["ci.yml"]], Load("ci-build.yml").Seq("on.workflow_run.workflows").Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal([names["ci-build.yml"]], Load("cd-deploy-dev.yml").Seq("on.workflow_run.workflows").Select(n => ((YamlScalarNode)n).Value));
        foreach (var file in new[] { "ci-build.yml", "cd-deploy-dev.yml" })
        {
            Assert.All(Jobs(Load(file)).Values, job => Assert.Contains("workflow_run.conclusion == 'success'", job.Str("if"), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void CiRunsEveryTestThroughTheProjectScriptsAndGatesOnTheEval()
    {
        var ci = Load("ci.yml");
        var runs = Steps(ci).Select(s => s.Str("run")).OfType<string>().ToList();

        Assert.NotNull(ci.Get("on.pull_request"));
        Assert.Equal(["main"], ci.Seq("on.push.branches").Select(b => ((YamlScalarNode)b).Value));
        Assert.Contains("bash .ci/run", runs);
        Assert.Contains("scripts/test.sh", Repo.Read(".ci", "run"), StringComparison.Ordinal);
        Assert.Contains(runs, r => r.StartsWith("deploy/scripts/ci-eval-gate.sh", StringComparison.Ordinal));
        Assert.Contains("evals/datasets/synthetic_v1.json", Repo.Read("deploy", "scripts", "ci-eval-gate.sh"), StringComparison.Ordinal);
        Assert.Contains("GITHUB_STEP_SUMMARY", Repo.Read("deploy", "scripts", "ci-eval-gate.sh"), StringComparison.Ordinal);
        var upload = Assert.Single(Steps(ci), s => s.Str("uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("always()", upload.Str("if"));
    }

    [Theory]
    [InlineData("ci-build.yml")]
    [InlineData("cd-deploy-dev.yml")]
    public void AwsAccessIsAnOidcRoleNeverAStoredKey(string file)
    {
        var workflow = Load(file);
        var configure = Assert.Single(Steps(workflow), s => s.Str("uses")?.StartsWith("aws-actions/configure-aws-credentials@", StringComparison.Ordinal) == true);

        Assert.Equal("write", workflow.Str("permissions.id-token"));
        Assert.Equal("${{ vars.AWS_ROLE_ARN }}", configure.Str("with.role-to-assume"));
        Assert.Equal("ap-south-1", workflow.Str("env.AWS_REGION"));
        var text = Repo.Read(".github", "workflows", file);
        Assert.DoesNotContain("aws-access-key-id", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AWS_SECRET_ACCESS_KEY", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageBuildPushesBothImagesTaggedWithTheCommitSha()
    {
        var job = Jobs(Load("ci-build.yml")).Values.Single();
        var matrix = job.Seq("strategy.matrix.include").ToDictionary(i => i.Str("image")!, i => i.Str("dockerfile"));
        var push = Assert.Single(job.Seq("steps"), s => s.Str("uses")?.StartsWith("docker/build-push-action@", StringComparison.Ordinal) == true);

        Assert.Equal("deploy/docker/api.Dockerfile", matrix["med-doc-backend"]);
        Assert.Equal("deploy/docker/web.Dockerfile", matrix["med-doc-frontend"]);
        Assert.Equal("true", push.Str("with.push"));
        Assert.Equal("${{ steps.ecr.outputs.registry }}/${{ matrix.image }}:${{ env.SHA }}", push.Str("with.tags"));
        Assert.Equal("${{ github.event.workflow_run.head_sha || github.sha }}", job.Str("env.SHA"));
    }

    [Fact]
    public void DevDeployAppliesTheShaThenGatesOnTheEvalWithRollback()
    {
        var workflow = Load("cd-deploy-dev.yml");
        var runs = Steps(workflow).Select(s => s.Str("run")).OfType<string>().ToList();
        var deploy = runs.FindIndex(r => r.StartsWith("deploy/scripts/deploy.sh \"$NAMESPACE\"", StringComparison.Ordinal));
        var gate = runs.FindIndex(r => r.StartsWith("deploy/scripts/eval-gate-or-rollback.sh \"$NAMESPACE\" api worker web", StringComparison.Ordinal));

        Assert.Equal("med-doc-dev", workflow.Str("env.CLUSTER_NAME"));
        Assert.Equal("dev", workflow.Str("env.NAMESPACE"));
        Assert.True(deploy >= 0 && gate > deploy, "the gate must run after the deploy");
        Assert.Contains(runs, r => r.Contains("aws eks update-kubeconfig --name \"$CLUSTER_NAME\"", StringComparison.Ordinal));
        Assert.Contains("\"$SHA\"", runs[deploy], StringComparison.Ordinal);
        var secrets = Assert.Single(Steps(workflow), s => s.Str("run")?.StartsWith("deploy/scripts/write-secrets-env.sh", StringComparison.Ordinal) == true);
        Assert.Equal("${{ secrets.DB_URL }}", secrets.Str("env.DB_URL"));
    }

    private static YamlMappingNode Load(string file) => Yaml.File(".github", "workflows", file);

    private static IReadOnlyDictionary<string, YamlNode> Jobs(YamlNode workflow) => workflow.Map("jobs");

    private static IEnumerable<YamlNode> Steps(YamlNode workflow) => Jobs(workflow).Values.SelectMany(j => j.Seq("steps"));

    // A repository script at the start of a command: `deploy/scripts/x.sh`, `./scripts/x.sh`, `bash .ci/run`.
    [GeneratedRegex(@"(?:^|&&|\|\||;|\n)\s*(?:bash\s+)?(?:\./)?(?<path>(?:deploy|scripts|\.ci)/[\w./-]+)", RegexOptions.Multiline)]
    private static partial Regex ScriptPath();
}
