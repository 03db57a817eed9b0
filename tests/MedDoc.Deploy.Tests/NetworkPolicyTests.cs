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
    public void OnlyTheIngressControllerMayConnectToThePods(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var rules = manifests.OfKind("NetworkPolicy").SelectMany(p => p.Seq("spec.ingress")).ToList();

        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var from = Assert.Single(rule.Seq("from"));
            Assert.Equal("ingress-nginx", from.StringMap("namespaceSelector.matchLabels")["kubernetes.io/metadata.name"]);
            Assert.Equal("ingress-nginx", from.StringMap("podSelector.matchLabels")["app.kubernetes.io/name"]);
            Assert.Equal(["8080"], rule.Seq("ports").Select(p => p.Str("port")));
        }

        var admitted = manifests.OfKind("NetworkPolicy").Where(p => p.Get("spec.ingress") is not null)
            .SelectMany(p => p.Seq("spec.podSelector.matchExpressions").SelectMany(e => e.Seq("values")))
            .Select(v => ((YamlScalarNode)v).Value).ToHashSet();
        Assert.Equal(new HashSet<string?> { "api", "web" }, admitted);
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
        Assert.Equal(new HashSet<string?> { "api", "api-migrate", "worker" }, selected);
        var egressForEveryone = manifests.OfKind("NetworkPolicy").Where(p => p.Map("spec.podSelector").Count == 0 && p.Get("spec.egress") is not null);
        var dnsPorts = egressForEveryone.SelectMany(p => p.Seq("spec.egress")).SelectMany(r => r.Seq("ports")).Select(p => p.Str("port")).ToHashSet();
        Assert.Equal(new HashSet<string?> { "53" }, dnsPorts);
    }
}
