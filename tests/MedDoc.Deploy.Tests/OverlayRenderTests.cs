using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>Both kustomize overlays render to a complete, well-formed MedDoc deployment.</summary>
public sealed class OverlayRenderTests
{
    public static TheoryData<string> Overlays => new(Kustomize.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void OverlayRendersEveryKindTheDeploymentNeeds(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        manifests.Single("Deployment", "api");
        manifests.Single("Deployment", "web");
        manifests.Single("Deployment", "worker");
        manifests.Single("ScaledObject", "worker");
        manifests.Single("PodDisruptionBudget", "worker");
        manifests.Single("Service", "api");
        manifests.Single("Service", "web");
        manifests.Single("Ingress", "meddoc");
        manifests.Single("HorizontalPodAutoscaler", "api");
        manifests.Single("PodDisruptionBudget", "api");
        manifests.Single("Job", "api-migrate");
        manifests.Single("Namespace", overlay);
        Assert.NotNull(manifests.Generated("ConfigMap", "api-config"));
        Assert.NotNull(manifests.Generated("Secret", "api-secrets"));
        Assert.NotEmpty(manifests.OfKind("NetworkPolicy"));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryNamespacedObjectLandsInTheOverlayNamespace(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        foreach (var obj in manifests.Objects.Where(o => o.Str("kind") != "Namespace"))
        {
            Assert.Equal(overlay, obj.Str("metadata.namespace"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void DeploymentsProbeHealthForLivenessAndReadyForReadinessOnTheirHttpPort(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        foreach (var name in new[] { "api", "web", "worker" })
        {
            var container = Manifests.Containers(manifests.Single("Deployment", name)).Single();
            Assert.Equal("/health", container.Str("livenessProbe.httpGet.path"));
            Assert.Equal("/ready", container.Str("readinessProbe.httpGet.path"));
            Assert.Equal("http", container.Str("livenessProbe.httpGet.port"));
            Assert.Equal("http", container.Str("readinessProbe.httpGet.port"));
            var port = Assert.Single(container.Seq("ports"));
            Assert.Equal("http", port.Str("name"));
            Assert.Equal(8080, port.Int("containerPort"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ApiListensWhereItsContainerPortSays(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var config = manifests.Generated("ConfigMap", "api-config").StringMap("data");
        var port = Manifests.Containers(manifests.Single("Deployment", "api")).Single().Seq("ports").Single();

        Assert.Equal(port.Str("containerPort"), config["ASPNETCORE_HTTP_PORTS"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ServicesTargetANamedPortOfThePodsTheySelect(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        foreach (var service in manifests.OfKind("Service"))
        {
            var selector = service.StringMap("spec.selector");
            var deployment = manifests.PodControllers.Single(d => Selects(selector, d.StringMap("spec.template.metadata.labels")));
            var portNames = Manifests.Containers(deployment).SelectMany(c => c.Seq("ports")).Select(p => p.Str("name")).ToList();
            foreach (var port in service.Seq("spec.ports"))
            {
                Assert.Contains(port.Str("targetPort"), portNames);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void IngressSendsApiProbesAndDocsToApiAndEverythingElseToWeb(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var ingress = manifests.Single("Ingress", "meddoc");
        Assert.Equal("nginx", ingress.Str("spec.ingressClassName"));

        var routes = ingress.Seq("spec.rules").SelectMany(r => r.Seq("http.paths"))
            .ToDictionary(p => p.Str("path")!, p => p.Str("backend.service.name"));
        Assert.Equal("api", routes["/api"]);
        Assert.Equal("api", routes["/health"]);
        Assert.Equal("api", routes["/ready"]);
        Assert.Equal("api", routes["/docs"]);
        Assert.Equal("web", routes["/"]);
        Assert.DoesNotContain("/metrics", routes.Keys);

        var services = manifests.OfKind("Service").ToDictionary(s => s.Str("metadata.name")!);
        foreach (var path in ingress.Seq("spec.rules").SelectMany(r => r.Seq("http.paths")))
        {
            var service = services[path.Str("backend.service.name")!];
            Assert.Contains(path.Str("backend.service.port.name"), service.Seq("spec.ports").Select(p => p.Str("name")));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void PodsRunAsNonRootOnAReadOnlyRootWithAWritableTmp(string overlay)
    {
        // The overlay's namespace enforces the "restricted" Pod Security Standard; these are its rules.
        Assert.Equal("restricted", Kustomize.Render(overlay).Single("Namespace", overlay).StringMap("metadata.labels")["pod-security.kubernetes.io/enforce"]);
        foreach (var workload in Kustomize.Render(overlay).Workloads)
        {
            var pod = workload.Get("spec.template.spec")!;
            Assert.Equal("true", pod.Str("securityContext.runAsNonRoot"));
            Assert.NotEqual("0", pod.Str("securityContext.runAsUser"));
            Assert.Equal("RuntimeDefault", pod.Str("securityContext.seccompProfile.type"));
            Assert.Equal("false", pod.Str("automountServiceAccountToken"));
            var tmpVolumes = pod.Seq("volumes").Where(v => v.Get("emptyDir") is not null).Select(v => v.Str("name")).ToList();
            foreach (var container in Manifests.Containers(workload))
            {
                Assert.Equal("true", container.Str("securityContext.readOnlyRootFilesystem"));
                Assert.Equal("false", container.Str("securityContext.allowPrivilegeEscalation"));
                Assert.Contains("ALL", container.Seq("securityContext.capabilities.drop").Select(n => ((YamlScalarNode)n).Value));
                var tmp = container.Seq("volumeMounts").Single(m => m.Str("mountPath") == "/tmp");
                Assert.Contains(tmp.Str("name"), tmpVolumes);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryContainerRequestsAndLimitsCpuAndMemory(string overlay)
    {
        foreach (var container in Kustomize.Render(overlay).Workloads.SelectMany(Manifests.Containers))
        {
            Assert.NotNull(container.Str("resources.requests.cpu"));
            Assert.NotNull(container.Str("resources.requests.memory"));
            Assert.NotNull(container.Str("resources.limits.cpu"));
            Assert.NotNull(container.Str("resources.limits.memory"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void AutoscalersScaleDeploymentsOnCpuSeventyAndMemoryEighty(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        foreach (var hpa in manifests.OfKind("HorizontalPodAutoscaler"))
        {
            manifests.Single(hpa.Str("spec.scaleTargetRef.kind")!, hpa.Str("spec.scaleTargetRef.name")!);
            var targets = hpa.Seq("spec.metrics").ToDictionary(m => m.Str("resource.name")!, m => m.Int("resource.target.averageUtilization"));
            Assert.Equal(70, targets["cpu"]);
            Assert.Equal(80, targets["memory"]);
            Assert.True(hpa.Int("spec.minReplicas") >= 2);
            Assert.Equal(10, hpa.Int("spec.maxReplicas"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void DeploymentsLeaveTheReplicaCountToTheirAutoscaler(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            Assert.Null(deployment.Get("spec.replicas"));
            // A KEDA ScaledObject (the batch workers) drives an HPA of its own.
            Assert.Contains(manifests.OfKind("HorizontalPodAutoscaler").Concat(manifests.OfKind("ScaledObject")), h => h.Str("spec.scaleTargetRef.name") == deployment.Str("metadata.name"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void DisruptionBudgetsSelectTheDeploymentsPodsAndStayBelowTheirMinimum(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var name = deployment.Str("metadata.name")!;
            var pdb = manifests.Single("PodDisruptionBudget", name);
            Assert.True(Selects(pdb.StringMap("spec.selector.matchLabels"), deployment.StringMap("spec.template.metadata.labels")));
            if (pdb.Int("spec.minAvailable") is { } minAvailable)
            {
                Assert.True(minAvailable < manifests.Single("HorizontalPodAutoscaler", name).Int("spec.minReplicas"));
            }
            else
            {
                // Workers are drained one at a time instead: a job cut off by an eviction goes to another worker.
                Assert.Equal(1, pdb.Int("spec.maxUnavailable"));
            }
        }
    }

    [Fact]
    public void ProdRunsMoreReplicasWithStricterResourcesAndHttpsThanDev()
    {
        var dev = Kustomize.Render("dev");
        var prod = Kustomize.Render("prod");
        var devApi = Manifests.Containers(dev.Single("Deployment", "api")).Single();
        var prodApi = Manifests.Containers(prod.Single("Deployment", "api")).Single();

        Assert.True(prod.Single("HorizontalPodAutoscaler", "api").Int("spec.minReplicas") > dev.Single("HorizontalPodAutoscaler", "api").Int("spec.minReplicas"));
        Assert.True(prod.Single("PodDisruptionBudget", "api").Int("spec.minAvailable") > dev.Single("PodDisruptionBudget", "api").Int("spec.minAvailable"));
        Assert.Equal(prodApi.Str("resources.limits.memory"), prodApi.Str("resources.requests.memory"));
        Assert.NotEqual(devApi.Str("resources.limits.memory"), devApi.Str("resources.requests.memory"));
        Assert.NotNull(prod.Single("Ingress", "meddoc").Get("spec.tls"));
        Assert.Equal("letsencrypt-prod", prod.Single("Ingress", "meddoc").StringMap("metadata.annotations")["cert-manager.io/cluster-issuer"]);
    }

    private static bool Selects(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(kv => labels.TryGetValue(kv.Key, out var value) && value == kv.Value);
}
