using MedDoc.Api.Contracts;
using MedDoc.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Audit;

/// <summary>
/// Appends audit rows (in their own database context, so a request's unsaved changes never ride
/// along) and writes each as a JSON log line for a SIEM; pages them for admins, tenant by tenant.
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditLog> logger)
{
    public async Task AppendAsync(AuditEvent row)
    {
        row.OccurredAt = new DateTime(clock.GetUtcNow().UtcDateTime.Ticks / 10 * 10, DateTimeKind.Utc);
        logger.LogInformation(
            "audit {Action} {Outcome} status={Status} tenant={Tenant} subject={Subject} key={KeyId} document={DocumentId} batch={BatchId} target_key={TargetKeyId} client={ClientAddress} request={RequestId}",
            row.Action, row.Outcome, row.Status, row.TenantId, row.Subject, row.KeyId, row.DocumentId, row.BatchId, row.TargetKeyId, row.ClientAddress, row.RequestId);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var database = scope.ServiceProvider.GetRequiredService<MedDocDbContext>();
            database.AuditEvents.Add(row);
            await database.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The JSON line above is already out; losing the row must not lose the request's answer.
            logger.LogError("Audit row for request {RequestId} could not be stored: {ExceptionType}", row.RequestId, exception.GetType().Name);
        }
    }

    /// <summary>The tenant's rows, newest first, narrowed by the filter.</summary>
    public static async Task<AuditPage> PageAsync(MedDocDbContext database, string tenant, AuditFilter filter, CancellationToken cancellationToken)
    {
        var rows = database.AuditEvents.AsNoTracking().Where(row => row.TenantId == tenant);
        if (filter.Action is { } action)
        {
            rows = rows.Where(row => row.Action == action);
        }
        if (filter.Subject is { } subject)
        {
            rows = rows.Where(row => row.Subject == subject);
        }
        if (filter.DocumentId is { } documentId)
        {
            rows = rows.Where(row => row.DocumentId == documentId);
        }
        if (filter.BatchId is { } batchId)
        {
            rows = rows.Where(row => row.BatchId == batchId);
        }
        if (filter.From is { } from)
        {
            rows = rows.Where(row => row.OccurredAt >= from);
        }
        if (filter.To is { } to)
        {
            rows = rows.Where(row => row.OccurredAt < to);
        }
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(row => row.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Select(row => new AuditEventResponse(row.Id, row.OccurredAt, row.Action, row.Outcome, row.Status, row.Subject, row.KeyId,
                row.DocumentId, row.BatchId, row.TargetKeyId, row.ClientAddress, row.RequestId))
            .ToListAsync(cancellationToken);
        return new AuditPage(items, filter.Page, filter.PageSize, total);
    }
}
