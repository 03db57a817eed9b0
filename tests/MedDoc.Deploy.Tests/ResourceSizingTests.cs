using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>The api's memory request leaves its autoscaler room above the measured working set.</summary>
public sealed class ResourceSizingTests
{
    // Resident memory of the API measured after 468 /api/analyze calls on the synthetic dataset.
    private const long MeasuredWorkingSetMiB = 210;

    public static TheoryData<string> Overlays => new(Kustomize.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void MemoryTargetOfTheAutoscalerLiesAboveTheWorkingSet(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var api = Manifests.Containers(manifests.Single("Deployment", "api")).Single();
        var target = manifests.Single("HorizontalPodAutoscaler", "api").Seq("spec.metrics")
            .Single(m => m.Str("resource.name") == "memory").Int("resource.target.averageUtilization")!.Value;

        var request = MiB(api.Str("resources.requests.memory")!);
        var limit = MiB(api.Str("resources.limits.memory")!);

        Assert.True(request * target / 100 > MeasuredWorkingSetMiB * 3 / 2, $"{overlay}: {target}% of {request}Mi is too close to the {MeasuredWorkingSetMiB}Mi working set");
        Assert.True(limit >= request);
    }

    private static long MiB(string quantity) => quantity switch
    {
        _ when quantity.EndsWith("Gi", StringComparison.Ordinal) => long.Parse(quantity[..^2]) * 1024,
        _ when quantity.EndsWith("Mi", StringComparison.Ordinal) => long.Parse(quantity[..^2]),
        _ => throw new FormatException("unexpected memory quantity " + quantity),
    };
}
