using MedDoc.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedDoc.Api.Health;

/// <summary>Ready when the database answers a query on the documents table (so a missing migration fails too).</summary>
public sealed class DatabaseHealthCheck(MedDocDbContext database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await database.Documents.AsNoTracking().IgnoreQueryFilters().AnyAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
