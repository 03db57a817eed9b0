using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>Only the ingress controller reaches the pods; egress is open only where needed.</summary>
public sealed class NetworkPolicyTests
{
    public static TheoryData<string> Overlays => new(Kustomize.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EverythingIsDeniedUnlessAPolicyAllowsIt(string overlay)
    {
        var deny = Kustomize.Render(overlay).Single("NetworkPolicy", "default-deny");

        Assert.Empty(deny.Map("spec.podSelector"));
        Assert.Equal(["Ingress", "Egress"], deny.Seq("spec.policyTypes").Select(t => ((YamlScalarNode)t).Value));
        Assert.Null(deny.Get("spec.ingress"));
        Assert.Null(deny.Get("spec.egress"));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void OnlyTheIngressControllerAndPrometheusMayConnectToThePods(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var admittedBy = new Dictionary<string, HashSet<string?>>();
        foreach (var policy in manifests.OfKind("NetworkPolicy").Where(p => p.Get("spec.ingress") is not null))
        {
            var pods = policy.Seq("spec.podSelector.matchExpressions").SelectMany(e => e.Seq("values")).Select(v => ((YamlScalarNode)v).Value);
            foreach (var rule in policy.Seq("spec.ingress"))
            {
                var from = Assert.Single(rule.Seq("from"));
                var source = $"{from.StringMap("namespaceSelector.matchLabels")["kubernetes.io/metadata.name"]}/{from.StringMap("podSelector.matchLabels")["app.kubernetes.io/name"]}";
                Assert.Equal(["8080"], rule.Seq("ports").Select(p => p.Str("port")));
                admittedBy.TryAdd(source, []);
                admittedBy[source].UnionWith(pods);
            }
        }

        Assert.Equal(["ingress-nginx/ingress-nginx", "monitoring/prometheus"], admittedBy.Keys.Order());
        Assert.Equal(new HashSet<string?> { "api", "web" }, admittedBy["ingress-nginx/ingress-nginx"]);
        Assert.Equal(new HashSet<string?> { "api" }, admittedBy["monitoring/prometheus"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void PrometheusScrapesThePortTheApiServesMetricsOn(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var podMonitor = Monitoring.Render().Single("PodMonitor", "meddoc-api");
        var apiPort = Manifests.Containers(manifests.Single("Deployment", "api")).Single().Seq("ports")
            .Single(p => p.Str("name") == podMonitor.Seq("spec.podMetricsEndpoints").Single().Str("port"));

        Assert.Equal("8080", apiPort.Str("containerPort"));
        Assert.Contains(manifests.Overlay, podMonitor.Seq("spec.namespaceSelector.matchNames").Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("api", podMonitor.StringMap("spec.selector.matchLabels")["app.kubernetes.io/name"]);
        Assert.Equal("monitoring", manifests.Single("NetworkPolicy", "allow-prometheus-scrape").Seq("spec.ingress").Single().Seq("from").Single()
            .StringMap("namespaceSelector.matchLabels")["kubernetes.io/metadata.name"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ApiWorkerAndMigrationReachPostgresAndHttpsAndWebReachesOnlyDns(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var apiEgress = manifests.Single("NetworkPolicy", "allow-api-egress");
        var ports = apiEgress.Seq("spec.egress").SelectMany(r => r.Seq("ports")).Select(p => p.Str("port")).ToHashSet();
        var selected = apiEgress.Seq("spec.podSelector.matchExpressions").SelectMany(e => e.Seq("values")).Select(v => ((YamlScalarNode)v).Value).ToHashSet();

        Assert.Equal(new HashSet<string?> { "5432", "443" }, ports);
        var otlpPorts = manifests.Single("NetworkPolicy", "allow-api-otlp-egress").Seq("spec.egress").SelectMany(r => r.Seq("ports")).Select(p => p.Str("port")).ToHashSet();
        Assert.Equal(new HashSet<string?> { "4317", "4318" }, otlpPorts);
        Assert.Equal(new HashSet<string?> { "api", "api-migrate", "worker" }, selected);
        var egressForEveryone = manifests.OfKind("NetworkPolicy").Where(p => p.Map("spec.podSelector").Count == 0 && p.Get("spec.egress") is not null);
        var dnsPorts = egressForEveryone.SelectMany(p => p.Seq("spec.egress")).SelectMany(r => r.Seq("ports")).Select(p => p.Str("port")).ToHashSet();
        Assert.Equal(new HashSet<string?> { "53" }, dnsPorts);
    }
}
