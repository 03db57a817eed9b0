using MedDoc.Api.Documents;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using MedDoc.Api.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedDoc.Api.Batches;

/// <summary>
/// Receives the documents of one new batch as they stream in: each file is staged in the document
/// store under the key its stored document will have, and its item row is written in groups. The
/// batch stays invisible ("receiving") until <see cref="CompleteAsync"/> queues it, so an aborted
/// request never shows a half batch. See docs/decisions/006-batch-jobs.md.
/// </summary>
public sealed class BatchReceiver(
    MedDocDbContext database,
    IDocumentStore store,
    BatchQueue queue,
    ILogger<BatchReceiver> logger) : IAsyncDisposable
{
    private const int RowsPerSave = 500;
    private const int ParallelWrites = 32;

    private readonly List<BatchItem> _unsaved = [];
    private readonly List<Task> _writes = [];
    private Batch? _batch;
    private bool _completed;
    private bool _abandoned;

    public int Count { get; private set; }

    /// <summary>Adds a .txt or .pdf document (<paramref name="extension"/>), staged under its future storage key.</summary>
    public async Task AddAsync(string filename, string extension, byte[] content, CancellationToken cancellationToken)
    {
        var item = await NewItemAsync(filename, extension, BatchItemStatus.Queued, cancellationToken);
        await StageAsync(StorageKeys.For(item.Id, extension), content, extension);
        await SaveRowsIfManyAsync(cancellationToken);
    }

    /// <summary>Adds a document that is refused on arrival (wrong type, too large, unreadable in its archive).</summary>
    public async Task AddRefusedAsync(string filename, ProblemHttpResult reason, CancellationToken cancellationToken)
    {
        var item = await NewItemAsync(filename, string.Empty, BatchItemStatus.Failed, cancellationToken);
        item.FailureReason = reason.ProblemDetails.Detail;
        item.FinishedAt = BatchClock.Now();
        await SaveRowsIfManyAsync(cancellationToken);
    }

    /// <summary>Makes the batch visible and queues its jobs; null when it has no documents.</summary>
    public async Task<Batch?> CompleteAsync(CancellationToken cancellationToken)
    {
        if (_batch is null)
        {
            return null;
        }
        await Task.WhenAll(_writes);
        await SaveRowsAsync(cancellationToken);
        var anyQueued = await database.BatchItems.AnyAsync(item => item.BatchId == _batch.Id && item.Status == BatchItemStatus.Queued, cancellationToken);
        // Jobs first, then the status: a job that starts before the batch is queued waits for it
        // (BatchProcessor polls, then BatchNotReadyException), while a batch queued without its jobs could wait forever.
        if (anyQueued)
        {
            queue.Enqueue(_batch.Id, Count);
        }
        _batch.Total = Count;
        _batch.Status = anyQueued ? BatchStatus.Queued : BatchStatus.Done;
        _batch.FinishedAt = anyQueued ? null : BatchClock.Now();
        await database.SaveChangesAsync(CancellationToken.None);
        _completed = true;
        ApiMetrics.CountBatchSubmitted();
        logger.LogInformation("Batch {BatchId} received: {Total} documents", _batch.Id, Count);
        return _batch;
    }

    /// <summary>An aborted request's batch is removed with its staged files when the request's scope ends.</summary>
    public async ValueTask DisposeAsync() => await AbandonAsync();

    /// <summary>
    /// Removes an unfinished batch (refused or aborted) with its staged files; does nothing once the batch
    /// is complete or already abandoned. A refused request calls it before answering, so the client never
    /// sees its refusal while staged files still exist.
    /// </summary>
    public async Task AbandonAsync()
    {
        if (_batch is null || _completed || _abandoned)
        {
            return;
        }
        _abandoned = true;
        try
        {
            await Task.WhenAll(_writes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("A staged file of abandoned batch {BatchId} failed to write: {ExceptionType}", _batch.Id, exception.GetType().Name);
        }
        database.ChangeTracker.Clear();
        var staged = await database.BatchItems.AsNoTracking()
            .Where(item => item.BatchId == _batch.Id && item.Extension != string.Empty)
            .Select(item => new { item.Id, item.Extension })
            .ToListAsync(CancellationToken.None);
        var keys = staged.Select(item => StorageKeys.For(item.Id, item.Extension))
            .Concat(_unsaved.Where(item => item.Extension.Length > 0).Select(item => StorageKeys.For(item.Id, item.Extension)));
        foreach (var key in keys)
        {
            await BatchFiles.DeleteQuietlyAsync(store, key, logger);
        }
        await database.Batches.Where(batch => batch.Id == _batch.Id).ExecuteDeleteAsync(CancellationToken.None);
        logger.LogInformation("Batch {BatchId} abandoned before it was queued", _batch.Id);
    }

    private async Task<BatchItem> NewItemAsync(string filename, string extension, string status, CancellationToken cancellationToken)
    {
        if (_batch is null)
        {
            _batch = new Batch { Id = Guid.CreateVersion7(), Status = BatchStatus.Receiving, CreatedAt = BatchClock.Now() };
            database.Batches.Add(_batch);
            await database.SaveChangesAsync(cancellationToken);
        }
        var item = new BatchItem
        {
            Id = Guid.CreateVersion7(),
            BatchId = _batch.Id,
            Index = Count++,
            Filename = filename,
            Extension = extension,
            Status = status,
        };
        _unsaved.Add(item);
        return item;
    }

    private async Task StageAsync(string key, byte[] content, string extension)
    {
        if (_writes.Count >= ParallelWrites)
        {
            var finished = await Task.WhenAny(_writes);
            _writes.Remove(finished);
            await finished;
        }
        var contentType = UploadReader.KindOf(extension) == UploadKind.Pdf ? "application/pdf" : "text/plain; charset=utf-8";
        // The client may go away: a staged file is finished or not started, and an abandoned batch is cleaned up.
        // On the thread pool: the local store writes a small file and fsyncs it before its first await, which
        // would otherwise run every write in turn on the request's thread (measured: ~5 ms a document).
        _writes.Add(Task.Run(() => store.SaveAsync(key, content, contentType, CancellationToken.None)));
    }

    private async Task SaveRowsIfManyAsync(CancellationToken cancellationToken)
    {
        if (_unsaved.Count >= RowsPerSave)
        {
            await SaveRowsAsync(cancellationToken);
        }
    }

    private async Task SaveRowsAsync(CancellationToken cancellationToken)
    {
        if (_unsaved.Count == 0)
        {
            return;
        }
        database.BatchItems.AddRange(_unsaved);
        await database.SaveChangesAsync(cancellationToken);
        foreach (var item in _unsaved)
        {
            database.Entry(item).State = EntityState.Detached;
        }
        _unsaved.Clear();
    }
}
