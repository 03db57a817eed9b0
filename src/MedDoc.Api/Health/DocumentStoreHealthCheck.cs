using MedDoc.Api.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedDoc.Api.Health;

/// <summary>Ready when the document store (local folder or S3 bucket) answers.</summary>
public sealed class DocumentStoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await store.CheckAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
