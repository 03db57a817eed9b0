using Hangfire;
using MedDoc.Api.Documents;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using MedDoc.Api.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Batches;

/// <summary>
/// The durable job: analyses and stores the still-queued documents of one slice of a batch. Each
/// document is stored under its item's id and its item is marked done in the same transaction,
/// with the item's status as a concurrency token, so a job that is retried, redelivered after a
/// crash or run twice by two workers stores every document exactly once. Transient errors retry
/// with doubling waits; a document that keeps failing, or cannot be read, is marked failed with its
/// reason and the rest go on. The job works as its batch's tenant (<see cref="JobTenant"/>), so all
/// it reads and stores is that tenant's. See docs/decisions/006-batch-jobs.md.
/// </summary>
public sealed class BatchProcessor(
    MedDocDbContext database,
    JobTenant tenant,
    IDocumentStore store,
    DocumentService documents,
    IOptions<BatchOptions> options,
    ILogger<BatchProcessor> logger)
{
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [1, 2, 5, 10, 30, 60, 120, 300, 600, 1200])]
    public async Task ProcessAsync(Guid batchId, int firstIndex, int count, CancellationToken cancellationToken)
    {
        // The job's only tenant-blind read: it learns whose batch this is, and works as that tenant from here on.
        var batch = await database.Batches.AsNoTracking().IgnoreQueryFilters([MedDocDbContext.TenantFilter])
            .FirstOrDefaultAsync(row => row.Id == batchId, cancellationToken);
        if (batch is null || batch.Status is BatchStatus.Cancelled or BatchStatus.Done)
        {
            return;
        }
        if (batch.Status == BatchStatus.Receiving)
        {
            throw new BatchNotReadyException(batchId);
        }
        tenant.Set(batch.TenantId);
        var items = await database.BatchItems.AsNoTracking()
            .Where(item => item.BatchId == batchId && item.Index >= firstIndex && item.Index < firstIndex + count && item.Status == BatchItemStatus.Queued)
            .OrderBy(item => item.Index)
            .ToListAsync(cancellationToken);
        if (items.Count > 0)
        {
            var now = BatchClock.Now();
            await database.Batches.Where(row => row.Id == batchId && row.Status == BatchStatus.Queued)
                .ExecuteUpdateAsync(update => update.SetProperty(row => row.Status, BatchStatus.Running).SetProperty(row => row.StartedAt, now), cancellationToken);
        }
        foreach (var item in items)
        {
            await ProcessItemAsync(item, cancellationToken);
        }
        await FinishIfCompleteAsync(batchId, cancellationToken);
    }

    private async Task ProcessItemAsync(BatchItem item, CancellationToken cancellationToken)
    {
        var key = StorageKeys.For(item.Id, item.Extension);
        for (var attempt = 1; ; attempt++)
        {
            database.ChangeTracker.Clear();
            try
            {
                var content = await store.ReadAsync(key, cancellationToken);
                if (content is null)
                {
                    await FinishAsync(item, attempt, BatchItemStatus.Failed, "The staged file is missing from the document store.", null);
                    return;
                }
                var upload = new UploadedFile(item.Filename, content, UploadReader.KindOf(item.Extension) ?? UploadKind.Text);
                var prepared = await documents.PrepareAsync(item.Id, upload, "batch", cancellationToken);
                if (prepared.Problem is { } problem)
                {
                    if (await FinishAsync(item, attempt, BatchItemStatus.Failed, problem.ProblemDetails.Detail, null))
                    {
                        await BatchFiles.DeleteQuietlyAsync(store, key, logger);
                    }
                    return;
                }
                await FinishAsync(item, attempt, BatchItemStatus.Done, null, prepared.Value!.Document);
                return;
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken))
            {
                if (attempt >= options.Value.MaxAttempts)
                {
                    logger.LogWarning("Batch item {ItemId} failed after {Attempts} attempts: {ExceptionType}", item.Id, attempt, exception.GetType().Name);
                    await FinishAsync(item, attempt, BatchItemStatus.Failed,
                        $"Failed {attempt} times ({exception.GetType().Name}); the document was not stored.", null);
                    return;
                }
                logger.LogInformation("Batch item {ItemId} attempt {Attempt} failed: {ExceptionType}; retrying", item.Id, attempt, exception.GetType().Name);
                await Task.Delay(options.Value.RetryDelay * Math.Pow(2, attempt - 1), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Saves the item's end (and its document, when done) in one transaction, only while the item is
    /// still queued; false when another worker or a cancellation got there first.
    /// </summary>
    private async Task<bool> FinishAsync(BatchItem item, int attempts, string status, string? reason, Document? document)
    {
        database.ChangeTracker.Clear();
        var row = new BatchItem { Id = item.Id, TenantId = item.TenantId, BatchId = item.BatchId, Index = item.Index, Filename = item.Filename, Extension = item.Extension, Status = BatchItemStatus.Queued, Attempts = item.Attempts };
        database.BatchItems.Attach(row);
        row.Status = status;
        row.Attempts = item.Attempts + attempts;
        row.FailureReason = reason;
        row.FinishedAt = BatchClock.Now();
        if (document is not null)
        {
            database.Documents.Add(document);
        }
        try
        {
            // Past this point the work is finished even during shutdown: no half-saved items.
            await database.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException)
        {
            if (!await IsFinishedElsewhereAsync(item.Id))
            {
                throw;
            }
            logger.LogInformation("Batch item {ItemId} was finished by another worker or cancelled", item.Id);
            return false;
        }
        if (document is not null)
        {
            ApiMetrics.CountDocumentStored();
        }
        ApiMetrics.CountBatchDocument(status);
        return true;
    }

    private async Task<bool> IsFinishedElsewhereAsync(Guid itemId)
    {
        database.ChangeTracker.Clear();
        var status = await database.BatchItems.AsNoTracking().Where(row => row.Id == itemId).Select(row => row.Status).FirstOrDefaultAsync(CancellationToken.None);
        return status is not null and not BatchItemStatus.Queued;
    }

    private async Task FinishIfCompleteAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (await database.BatchItems.AnyAsync(item => item.BatchId == batchId && item.Status == BatchItemStatus.Queued, cancellationToken))
        {
            return;
        }
        var now = BatchClock.Now();
        var finished = await database.Batches
            .Where(row => row.Id == batchId && (row.Status == BatchStatus.Queued || row.Status == BatchStatus.Running))
            .ExecuteUpdateAsync(update => update.SetProperty(row => row.Status, BatchStatus.Done).SetProperty(row => row.FinishedAt, now), cancellationToken);
        if (finished > 0)
        {
            logger.LogInformation("Batch {BatchId} finished", batchId);
        }
    }

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested) && exception is not OutOfMemoryException;
}
