using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>The paths the manifests probe and route are paths the API maps.</summary>
public sealed class AppProbeTests
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/ready")]
    [InlineData("/metrics")]
    public void ApiMapsThePathThatTheDeploymentProbesOrScrapes(string path)
    {
        var sources = Directory.EnumerateFiles(Repo.PathOf("src", "MedDoc.Api"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);

        Assert.Contains(sources, s => s.Contains($"\"{path}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void ScrapeAnnotationsPointAtTheApiPortAndMetricsPath()
    {
        var annotations = Kustomize.Render("dev").Single("Deployment", "api").StringMap("spec.template.metadata.annotations");

        Assert.Equal("/metrics", annotations["prometheus.io/path"]);
        Assert.Equal("8080", annotations["prometheus.io/port"]);
    }
}
