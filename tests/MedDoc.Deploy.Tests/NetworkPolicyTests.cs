using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>Only the ingress controller (and Prometheus, and the api and workers to Redis) reaches the pods; egress is open only where needed.</summary>
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
    public void OnlyTheIngressControllerPrometheusAndTheApiMayConnectToThePods(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var admittedBy = new Dictionary<string, HashSet<string?>>();
        foreach (var policy in manifests.OfKind("NetworkPolicy").Where(p => p.Get("spec.ingress") is not null))
        {
            var pods = policy.Seq("spec.podSelector.matchExpressions").SelectMany(e => e.Seq("values")).Select(v => ((YamlScalarNode)v).Value);
            foreach (var rule in policy.Seq("spec.ingress"))
            {
                var from = Assert.Single(rule.Seq("from"));
                // A peer without a namespace selector is a pod of the overlay's own namespace.
                var sourceNamespace = from.Get("namespaceSelector") is null ? "same-namespace" : from.StringMap("namespaceSelector.matchLabels")["kubernetes.io/metadata.name"];
                var source = $"{sourceNamespace}/{from.StringMap("podSelector.matchLabels")["app.kubernetes.io/name"]}";
                var port = Assert.Single(rule.Seq("ports")).Str("port");
                admittedBy.TryAdd($"{source}:{port}", []);
                admittedBy[$"{source}:{port}"].UnionWith(pods);
            }
        }

        Assert.Equal(["ingress-nginx/ingress-nginx:8080", "monitoring/prometheus:8080", "same-namespace/api:6379", "same-namespace/worker:6379"], admittedBy.Keys.Order());
        Assert.Equal(new HashSet<string?> { "api", "web" }, admittedBy["ingress-nginx/ingress-nginx:8080"]);
        Assert.Equal(new HashSet<string?> { "api" }, admittedBy["monitoring/prometheus:8080"]);
        Assert.Equal(new HashSet<string?> { "redis" }, admittedBy["same-namespace/api:6379"]);
        Assert.Equal(new HashSet<string?> { "redis" }, admittedBy["same-namespace/worker:6379"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void OnlyTheApiAndTheWorkersReachRedisAndOnlyOnItsPort(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var egress = manifests.Single("NetworkPolicy", "allow-api-redis-egress");
        var rule = Assert.Single(egress.Seq("spec.egress"));
        var redisPort = Manifests.Containers(manifests.Single("StatefulSet", "redis")).Single().Seq("ports").Single();

        Assert.Equal(["api", "worker"], egress.Seq("spec.podSelector.matchExpressions").SelectMany(e => e.Seq("values")).Select(v => ((YamlScalarNode)v).Value));
        Assert.All(new[] { "api", "worker" }, name => Assert.Equal(
            manifests.Generated("ConfigMap", "api-config").Str("metadata.name"),
            Manifests.Containers(manifests.Single("Deployment", name)).Single().Seq("envFrom").Select(source => source.Str("configMapRef.name")).First(n => n is not null)));
        Assert.Equal("redis", Assert.Single(rule.Seq("to")).StringMap("podSelector.matchLabels")["app.kubernetes.io/name"]);
        Assert.Equal([redisPort.Str("containerPort")], rule.Seq("ports").Select(p => p.Str("port")));
        Assert.Null(manifests.Single("NetworkPolicy", "allow-redis-from-api").Get("spec.egress"));
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
