using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>The migration Job runs the api image once, before the rollout, with the api's settings.</summary>
public sealed class MigrationJobTests
{
    private const string PhaseLabel = "meddoc.io/deploy-phase";

    public static TheoryData<string> Overlays => new(Kustomize.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void JobRunsTheApiImageWithTheMigrateArgumentAndTheApiSettings(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var job = Manifests.Containers(manifests.Single("Job", "api-migrate")).Single();
        var api = Manifests.Containers(manifests.Single("Deployment", "api")).Single();

        Assert.Equal(api.Str("image"), job.Str("image"));
        Assert.Equal(["--migrate"], job.Seq("args").Select(a => ((YamlScalarNode)a).Value));
        Assert.Equal(EnvSources(api), EnvSources(job));
        Assert.Equal("Never", manifests.Single("Job", "api-migrate").Str("spec.template.spec.restartPolicy"));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ReplicasStartWithMigrationOff(string overlay)
    {
        var config = Kustomize.Render(overlay).Generated("ConfigMap", "api-config").StringMap("data");

        Assert.Equal("false", config["DB_MIGRATE_ON_START"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void PreRolloutPhaseHoldsTheJobAndEverythingItNeedsButNoDeployment(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var phase = manifests.Objects.Where(o => o.StringMap("metadata.labels").GetValueOrDefault(PhaseLabel) == "pre-rollout")
            .Select(o => $"{o.Str("kind")}/{o.Str("metadata.name")}").ToList();

        Assert.Contains("Job/api-migrate", phase);
        Assert.Contains($"Namespace/{overlay}", phase);
        Assert.Contains("ServiceAccount/api", phase);
        Assert.Contains(manifests.Generated("ConfigMap", "api-config").Str("metadata.name"), phase.Select(p => p.Split('/')[1]));
        Assert.Contains(manifests.Generated("Secret", "api-secrets").Str("metadata.name"), phase.Select(p => p.Split('/')[1]));
        Assert.All(manifests.OfKind("NetworkPolicy"), p => Assert.Contains($"NetworkPolicy/{p.Str("metadata.name")}", phase));
        Assert.DoesNotContain(phase, p => p.StartsWith("Deployment/", StringComparison.Ordinal));
    }

    private static string EnvSources(YamlNode container) =>
        string.Join(",", container.Seq("envFrom").SelectMany(e => e.Scalars()));
}
