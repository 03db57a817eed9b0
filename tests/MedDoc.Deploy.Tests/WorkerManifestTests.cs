using MedDoc.Api.Batches;
using MedDoc.Api.Persistence;
using MedDoc.Api.Persistence.Configurations;
using MedDoc.Deploy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// The batch workers: the api image in --worker mode, the only pods that run jobs, scaled by KEDA on
/// the count of queued batch items, a query cross-checked against the application's own table mapping.
/// </summary>
public sealed class WorkerManifestTests
{
    public static TheoryData<string> Overlays => new(Kustomize.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void WorkerRunsTheApiImageInWorkerModeWithTheApisConfiguration(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var api = Manifests.Containers(manifests.Single("Deployment", "api")).Single();
        var worker = Manifests.Containers(manifests.Single("Deployment", "worker")).Single();

        Assert.Equal(api.Str("image"), worker.Str("image"));
        Assert.Equal([WorkerMode.Argument], worker.Seq("args").Select(arg => ((YamlDotNet.RepresentationModel.YamlScalarNode)arg).Value));
        Assert.Equal(
            api.Seq("envFrom").Select(source => source.ToString()),
            worker.Seq("envFrom").Select(source => source.ToString()));
        Assert.Equal("1654", manifests.Single("Deployment", "worker").Str("spec.template.spec.securityContext.runAsUser"));
        Assert.Equal("true", worker.Str("securityContext.readOnlyRootFilesystem"));
        Assert.Null(manifests.Single("Deployment", "worker").Get("spec.replicas"));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void OnlyWorkersRunJobs(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var config = manifests.Generated("ConfigMap", "api-config").StringMap("data");
        var worker = Manifests.Containers(manifests.Single("Deployment", "worker")).Single();
        var workers = worker.Seq("env").Single(variable => variable.Str("name") == "BATCH_WORKERS").Str("value");

        Assert.Equal("0", config["BATCH_WORKERS"]);
        Assert.True(int.Parse(workers!) >= 1, $"worker BATCH_WORKERS={workers}");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void KedaScalesTheWorkersOnQueuedBatchItemsThroughTheirOwnDatabaseUrl(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var scaled = manifests.Single("ScaledObject", "worker");
        var trigger = Assert.Single(scaled.Seq("spec.triggers"));

        Assert.Equal("keda.sh/v1alpha1", scaled.Str("apiVersion"));
        Assert.Equal("Deployment", scaled.Str("spec.scaleTargetRef.kind"));
        Assert.Equal("worker", scaled.Str("spec.scaleTargetRef.name"));
        Assert.True(int.Parse(scaled.Str("spec.minReplicaCount")!) >= 1);
        Assert.True(int.Parse(scaled.Str("spec.maxReplicaCount")!) > int.Parse(scaled.Str("spec.minReplicaCount")!));
        Assert.Equal("postgresql", trigger.Str("type"));
        Assert.Equal("DB_URL", trigger.Str("metadata.connectionFromEnv"));
        Assert.Contains("DB_URL", manifests.Generated("Secret", "api-secrets").StringMap("data").Keys);
        Assert.True(int.Parse(trigger.Str("metadata.targetQueryValue")!) > 0);

        var (table, column) = QueuedItemsMapping();
        Assert.Equal($"SELECT COUNT(*) FROM {table} WHERE {column} = '{BatchItemStatus.Queued}'", trigger.Str("metadata.query"));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void WorkersAreDrainedOneAtATimeAndNoHpaFightsKeda(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var budget = manifests.Single("PodDisruptionBudget", "worker");

        Assert.Equal("1", budget.Str("spec.maxUnavailable"));
        Assert.Equal("worker", budget.StringMap("spec.selector.matchLabels")["app.kubernetes.io/name"]);
        Assert.DoesNotContain(manifests.OfKind("HorizontalPodAutoscaler"), hpa => hpa.Str("spec.scaleTargetRef.name") == "worker");
    }

    private static (string Table, string Column) QueuedItemsMapping()
    {
        var builder = new ModelBuilder();
        new BatchItemConfiguration().Configure(builder.Entity<BatchItem>());
        var entity = builder.Model.FindEntityType(typeof(BatchItem))!;
        var status = entity.FindProperty(nameof(BatchItem.Status))!;
        return (entity.GetTableName()!, status.GetColumnName());
    }
}
