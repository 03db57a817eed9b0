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
    /// <summary>Item ends saved in one transaction: one commit per this many documents instead of one each.</summary>
    private const int SavedTogether = 50;

    private static readonly TimeSpan ReceivingWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReceivingPoll = TimeSpan.FromMilliseconds(200);

    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [1, 2, 5, 10, 30, 60, 120, 300, 600, 1200])]
    public async Task ProcessAsync(Guid batchId, int firstIndex, int count, CancellationToken cancellationToken)
    {
        var batch = await ReadyBatchAsync(batchId, cancellationToken);
        if (batch is null || batch.Status is BatchStatus.Cancelled or BatchStatus.Done)
        {
            return;
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
        var finished = new List<ItemEnd>(SavedTogether);
        foreach (var item in items)
        {
            finished.Add(await ProcessItemAsync(item, cancellationToken));
            if (finished.Count == SavedTogether)
            {
                await SaveAsync(finished);
                finished.Clear();
            }
        }
        await SaveAsync(finished);
        await FinishIfCompleteAsync(batchId, cancellationToken);
    }

    /// <summary>
    /// The batch once its receiver has queued it. The receiver enqueues every job before it marks the
    /// batch queued, so the first jobs usually start a moment early: they wait here briefly rather
    /// than in Hangfire's retry schedule (seconds, then minutes). Past the wait, Hangfire retries.
    /// This is the job's only tenant-blind read: it learns whose batch this is and works as that tenant.
    /// </summary>
    private async Task<Batch?> ReadyBatchAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ReceivingWait;
        while (true)
        {
            var batch = await database.Batches.AsNoTracking().IgnoreQueryFilters([MedDocDbContext.TenantFilter])
                .FirstOrDefaultAsync(row => row.Id == batchId, cancellationToken);
            if (batch is null || batch.Status != BatchStatus.Receiving)
            {
                return batch;
            }
            if (DateTime.UtcNow >= deadline)
            {
                throw new BatchNotReadyException(batchId);
            }
            await Task.Delay(ReceivingPoll, cancellationToken);
        }
    }

    /// <summary>Reads and analyses one staged document, retrying transient errors; how the item ends (not saved yet).</summary>
    private async Task<ItemEnd> ProcessItemAsync(BatchItem item, CancellationToken cancellationToken)
    {
        var key = StorageKeys.For(item.Id, item.Extension);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var content = await store.ReadAsync(key, cancellationToken);
                if (content is null)
                {
                    return new ItemEnd(item, attempt, BatchItemStatus.Failed, "The staged file is missing from the document store.", null);
                }
                var upload = new UploadedFile(item.Filename, content, UploadReader.KindOf(item.Extension) ?? UploadKind.Text);
                var prepared = await documents.PrepareAsync(item.Id, upload, "batch", cancellationToken);
                return prepared.Problem is { } problem
                    ? new ItemEnd(item, attempt, BatchItemStatus.Failed, problem.ProblemDetails.Detail, null)
                    : new ItemEnd(item, attempt, BatchItemStatus.Done, null, prepared.Value!.Document);
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken))
            {
                if (attempt >= options.Value.MaxAttempts)
                {
                    logger.LogWarning("Batch item {ItemId} failed after {Attempts} attempts: {ExceptionType}", item.Id, attempt, exception.GetType().Name);
                    return new ItemEnd(item, attempt, BatchItemStatus.Failed, $"Failed {attempt} times ({exception.GetType().Name}); the document was not stored.", null);
                }
                logger.LogInformation("Batch item {ItemId} attempt {Attempt} failed: {ExceptionType}; retrying", item.Id, attempt, exception.GetType().Name);
                await Task.Delay(options.Value.RetryDelay * Math.Pow(2, attempt - 1), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Saves the ends of several items (and their documents) in one transaction, each only while its
    /// item is still queued. When any of them was finished elsewhere, or the save fails, each is
    /// saved on its own instead, so one conflict never loses the others' work.
    /// </summary>
    private async Task SaveAsync(IReadOnlyList<ItemEnd> ends)
    {
        if (ends.Count == 0)
        {
            return;
        }
        database.ChangeTracker.Clear();
        foreach (var end in ends)
        {
            Track(end);
        }
        try
        {
            // Past this point the work is finished even during shutdown: no half-saved items.
            await database.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException)
        {
            logger.LogInformation("Saving {Count} batch items together failed; saving them one by one", ends.Count);
            foreach (var end in ends)
            {
                await SaveOneAsync(end);
            }
            return;
        }
        foreach (var end in ends)
        {
            await AfterSavedAsync(end);
        }
    }

    private async Task SaveOneAsync(ItemEnd end)
    {
        for (var attempt = 1; ; attempt++)
        {
            database.ChangeTracker.Clear();
            Track(end);
            try
            {
                await database.SaveChangesAsync(CancellationToken.None);
            }
            catch (Exception exception) when (IsTransient(exception, CancellationToken.None))
            {
                if (await IsFinishedElsewhereAsync(end.Item.Id))
                {
                    logger.LogInformation("Batch item {ItemId} was finished by another worker or cancelled", end.Item.Id);
                    return;
                }
                if (attempt >= options.Value.MaxAttempts)
                {
                    throw;
                }
                logger.LogInformation("Saving batch item {ItemId} failed: {ExceptionType}; retrying", end.Item.Id, exception.GetType().Name);
                await Task.Delay(options.Value.RetryDelay * Math.Pow(2, attempt - 1));
                continue;
            }
            await AfterSavedAsync(end);
            return;
        }
    }

    /// <summary>Marks the item's end on a row attached as still queued (the status is the concurrency token) and adds its document.</summary>
    private void Track(ItemEnd end)
    {
        var item = end.Item;
        var row = new BatchItem
        {
            Id = item.Id, TenantId = item.TenantId, BatchId = item.BatchId, Index = item.Index, Filename = item.Filename,
            Extension = item.Extension, Status = BatchItemStatus.Queued, Attempts = item.Attempts,
        };
        database.BatchItems.Attach(row);
        row.Status = end.Status;
        row.Attempts = item.Attempts + end.Attempts;
        row.FailureReason = end.Reason;
        row.FinishedAt = BatchClock.Now();
        if (end.Document is not null)
        {
            database.Documents.Add(end.Document);
        }
    }

    private async Task AfterSavedAsync(ItemEnd end)
    {
        if (end.Document is not null)
        {
            ApiMetrics.CountDocumentStored();
        }
        else if (end.Item.Extension.Length > 0)
        {
            // A failed document's staged file will never be read again.
            await BatchFiles.DeleteQuietlyAsync(store, StorageKeys.For(end.Item.Id, end.Item.Extension), logger);
        }
        ApiMetrics.CountBatchDocument(end.Status);
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

    /// <summary>How one item ended, before it is saved: its status, tries, reason and (when done) its document.</summary>
    private sealed record ItemEnd(BatchItem Item, int Attempts, string Status, string? Reason, Document? Document);

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested) && exception is not OutOfMemoryException;
}
