using System.Text.RegularExpressions;
using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>The same two image names everywhere: workflows, compose, manifests, scripts.</summary>
public sealed partial class ImageNameTests
{
    private static readonly string[] Expected = ["med-doc-backend", "med-doc-frontend"];

    // The EKS cluster's name shares the prefix; it is not an image.
    private const string ClusterName = "med-doc-dev";

    public static TheoryData<string> Places => new(
        ".github/workflows/ci-build.yml",
        "docker-compose.yml",
        "deploy/k8s/base/api-deployment.yaml",
        "deploy/k8s/base/web-deployment.yaml",
        "deploy/k8s/base/migrate-job.yaml",
        "deploy/k8s/overlays/dev/kustomization.yaml",
        "deploy/k8s/overlays/prod/kustomization.yaml",
        "deploy/scripts/deploy.sh");

    [Theory]
    [MemberData(nameof(Places))]
    public void OnlyTheTwoKnownImageNamesAppear(string path)
    {
        var names = ImageNames(path);

        Assert.NotEmpty(names);
        Assert.Subset(Expected.ToHashSet(), names);
    }

    [Fact]
    public void EveryImageNameAppearsInWorkflowsComposeAndOverlays()
    {
        foreach (var path in new[] { ".github/workflows/ci-build.yml", "docker-compose.yml", "deploy/k8s/overlays/dev/kustomization.yaml", "deploy/k8s/overlays/prod/kustomization.yaml", "deploy/scripts/deploy.sh" })
        {
            var names = ImageNames(path);
            Assert.Equal(Expected.ToHashSet(), names);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void RenderedContainersUseTheImageOfTheirDeployable(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        Assert.StartsWith("med-doc-backend:", Manifests.Containers(manifests.Single("Deployment", "api")).Single().Str("image"), StringComparison.Ordinal);
        Assert.StartsWith("med-doc-backend:", Manifests.Containers(manifests.Single("Job", "api-migrate")).Single().Str("image"), StringComparison.Ordinal);
        Assert.StartsWith("med-doc-frontend:", Manifests.Containers(manifests.Single("Deployment", "web")).Single().Str("image"), StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeAndImageBuildPairEachImageWithTheSameDockerfile()
    {
        var compose = Yaml.File("docker-compose.yml");
        var build = Yaml.File(".github", "workflows", "ci-build.yml").Map("jobs").Values.Single()
            .Seq("strategy.matrix.include").ToDictionary(i => i.Str("image")!, i => i.Str("dockerfile"));

        foreach (var service in new[] { "api", "web" })
        {
            var image = compose.Str($"services.{service}.image")!.Split(':')[0];
            Assert.Equal(build[image], compose.Str($"services.{service}.build.dockerfile"));
        }
    }

    public static TheoryData<string> Overlays => new(Kustomize.Overlays);

    private static HashSet<string> ImageNames(string path) =>
        ImageName().Matches(Repo.Read(path.Split('/'))).Select(m => m.Value).Where(n => n != ClusterName).ToHashSet();

    [GeneratedRegex(@"med-doc-[a-z]+(?![\w-])")]
    private static partial Regex ImageName();
}
