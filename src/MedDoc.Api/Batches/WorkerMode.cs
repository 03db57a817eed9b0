namespace MedDoc.Api.Batches;

/// <summary>
/// `dotnet MedDoc.Api.dll --worker`: the same image runs batch jobs only, serving just the probes
/// and /metrics (deploy/k8s/base/worker-deployment.yaml).
/// </summary>
public static class WorkerMode
{
    public const string Argument = "--worker";

    public static bool IsRequested(IEnumerable<string> args) => args.Contains(Argument, StringComparer.Ordinal);
}
