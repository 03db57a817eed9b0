using MedDoc.Api.Contracts;
using MedDoc.Api.Persistence;
using MedDoc.Api.Storage;
using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Batches;

/// <summary>Reads batches and their documents, and cancels what has not started.</summary>
public sealed class BatchService(MedDocDbContext database, IDocumentStore store, ILogger<BatchService> logger)
{
    public async Task<BatchResponse?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var batch = await database.Batches.AsNoTracking()
            .FirstOrDefaultAsync(row => row.Id == id && row.Status != BatchStatus.Receiving, cancellationToken);
        return batch is null ? null : (await WithCountsAsync([batch], cancellationToken))[0];
    }

    public async Task<BatchPage> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var visible = database.Batches.AsNoTracking().Where(row => row.Status != BatchStatus.Receiving);
        var total = await visible.CountAsync(cancellationToken);
        var batches = await visible.OrderByDescending(row => row.CreatedAt).ThenByDescending(row => row.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new BatchPage(await WithCountsAsync(batches, cancellationToken), page, pageSize, total);
    }

    /// <summary>A page of the batch's documents in request order, optionally of one status; null when the batch is unknown.</summary>
    public async Task<BatchDocumentPage?> ListDocumentsAsync(Guid id, string? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(id, cancellationToken))
        {
            return null;
        }
        var items = database.BatchItems.AsNoTracking().Where(item => item.BatchId == id);
        if (status is not null)
        {
            items = items.Where(item => item.Status == status);
        }
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderBy(item => item.Index).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new BatchDocumentPage([.. rows.Select(ToResponse)], page, pageSize, total);
    }

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        database.Batches.AnyAsync(row => row.Id == id && row.Status != BatchStatus.Receiving, cancellationToken);

    /// <summary>
    /// Cancels the documents that have not been stored yet and removes their staged files; a document
    /// a worker is finishing at the same moment either commits first (done) or not at all (cancelled).
    /// </summary>
    public async Task<CancelOutcome> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var batch = await database.Batches.AsNoTracking()
            .FirstOrDefaultAsync(row => row.Id == id && row.Status != BatchStatus.Receiving, cancellationToken);
        if (batch is null)
        {
            return CancelOutcome.NotFound;
        }
        if (batch.Status == BatchStatus.Done)
        {
            return CancelOutcome.AlreadyFinished;
        }
        var now = BatchClock.Now();
        await database.BatchItems.Where(item => item.BatchId == id && item.Status == BatchItemStatus.Queued)
            .ExecuteUpdateAsync(update => update.SetProperty(item => item.Status, BatchItemStatus.Cancelled).SetProperty(item => item.FinishedAt, now), CancellationToken.None);
        await database.Batches.Where(row => row.Id == id && (row.Status == BatchStatus.Queued || row.Status == BatchStatus.Running))
            .ExecuteUpdateAsync(update => update.SetProperty(row => row.Status, BatchStatus.Cancelled).SetProperty(row => row.FinishedAt, now), CancellationToken.None);
        var cancelled = await database.BatchItems.AsNoTracking()
            .Where(item => item.BatchId == id && item.Status == BatchItemStatus.Cancelled)
            .Select(item => new { item.Id, item.Extension })
            .ToListAsync(CancellationToken.None);
        foreach (var item in cancelled)
        {
            await BatchFiles.DeleteQuietlyAsync(store, StorageKeys.For(item.Id, item.Extension), logger);
        }
        logger.LogInformation("Batch {BatchId} cancelled: {Cancelled} documents not processed", id, cancelled.Count);
        return CancelOutcome.Cancelled;
    }

    private async Task<List<BatchResponse>> WithCountsAsync(IReadOnlyList<Batch> batches, CancellationToken cancellationToken)
    {
        var ids = batches.Select(batch => batch.Id).ToList();
        var counts = await database.BatchItems.AsNoTracking()
            .Where(item => ids.Contains(item.BatchId))
            .GroupBy(item => new { item.BatchId, item.Status })
            .Select(group => new { group.Key.BatchId, group.Key.Status, Count = group.Count() })
            .ToListAsync(cancellationToken);
        int CountOf(Guid id, string status) => counts.Where(row => row.BatchId == id && row.Status == status).Sum(row => row.Count);
        return [.. batches.Select(batch => new BatchResponse(
            batch.Id, batch.Status, batch.Total,
            CountOf(batch.Id, BatchItemStatus.Queued), CountOf(batch.Id, BatchItemStatus.Done),
            CountOf(batch.Id, BatchItemStatus.Failed), CountOf(batch.Id, BatchItemStatus.Cancelled),
            batch.CreatedAt, batch.StartedAt, batch.FinishedAt))];
    }

    private static BatchDocumentResponse ToResponse(BatchItem item) => new(
        item.Index, item.Filename, item.Status,
        item.Status == BatchItemStatus.Done ? item.Id : null,
        item.FailureReason, item.Attempts, item.FinishedAt);
}
