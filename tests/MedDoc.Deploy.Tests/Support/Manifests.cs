using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests.Support;

/// <summary>The Kubernetes objects one overlay renders to.</summary>
public sealed class Manifests(string overlay, IReadOnlyList<YamlMappingNode> objects)
{
    public string Overlay => overlay;

    public IReadOnlyList<YamlMappingNode> Objects => objects;

    public IEnumerable<YamlMappingNode> OfKind(string kind) => objects.Where(o => o.Str("kind") == kind);

    public YamlMappingNode Single(string kind, string name) =>
        OfKind(kind).SingleOrDefault(o => o.Str("metadata.name") == name)
        ?? throw new Xunit.Sdk.XunitException($"{overlay}: no {kind} named {name}");

    /// <summary>A generated object (ConfigMap, Secret) whose name kustomize suffixed with a hash.</summary>
    public YamlMappingNode Generated(string kind, string baseName) =>
        OfKind(kind).Single(o => o.Str("metadata.name")?.StartsWith(baseName + "-", StringComparison.Ordinal) == true);

    /// <summary>Deployments and Jobs: every object that runs pods.</summary>
    public IEnumerable<YamlMappingNode> Workloads => OfKind("Deployment").Concat(OfKind("StatefulSet")).Concat(OfKind("Job"));

    /// <summary>What keeps pods running behind a Service: Deployments and StatefulSets.</summary>
    public IEnumerable<YamlMappingNode> PodControllers => OfKind("Deployment").Concat(OfKind("StatefulSet"));

    public static IEnumerable<YamlNode> Containers(YamlNode workload) =>
        workload.Seq("spec.template.spec.containers").Concat(workload.Seq("spec.template.spec.initContainers"));
}
