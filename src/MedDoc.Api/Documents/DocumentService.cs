using System.Security.Cryptography;
using System.Text.Json;
using MedDoc.Api.Contracts;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using MedDoc.Api.Storage;
using MedDoc.Contracts;
using MedDoc.Engine;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Documents;

/// <summary>
/// Stores, lists, reads and deletes documents. Write order: the file first, then one transaction
/// with the document and its analysis; a failed commit removes the file. A crash in between leaves
/// at most an unlisted file, never a listed document without its file
/// (docs/decisions/005-document-write-order.md). Every upload is a new document, identical bytes
/// included (docs/decisions/004-duplicate-uploads.md).
/// </summary>
public sealed class DocumentService(
    MedDocDbContext database,
    IDocumentStore store,
    AnalysisRunner runner,
    DocumentText documentText,
    HeavyWorkLimiter limiter,
    IOptions<JsonOptions> jsonOptions,
    ILogger<DocumentService> logger)
{
    public async Task<Outcome<DocumentResponse>> CreateAsync(UploadedFile upload, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(Guid.CreateVersion7(), upload, "upload", cancellationToken);
        if (prepared.Problem is { } problem)
        {
            return Outcome<DocumentResponse>.Failure(problem);
        }
        var (document, analysis) = prepared.Value!;

        // Past this point the work is finished even if the client goes away: no half-done documents.
        await store.SaveAsync(document.StorageKey, upload.Content, document.ContentType, CancellationToken.None);
        database.Documents.Add(document);
        try
        {
            await database.SaveChangesAsync(CancellationToken.None);
        }
        catch
        {
            await DeleteFileQuietlyAsync(document.StorageKey);
            throw;
        }
        ApiMetrics.CountDocumentStored();
        logger.LogInformation("Stored document {DocumentId}: {SizeBytes} bytes, {DocumentType}, {CodeCount} codes",
            document.Id, document.SizeBytes, analysis.Classification.DocumentType, analysis.Codes.Count);
        return Outcome<DocumentResponse>.Success(ToResponse(document, analysis));
    }

    /// <summary>
    /// Reads and analyses <paramref name="upload"/> into the unsaved row of document <paramref name="id"/>
    /// (with its analysis), or the problem that prevents it. The caller stores the bytes under the
    /// row's storage key and saves the row; batches save it in the transaction that finishes their item.
    /// </summary>
    public async Task<Outcome<PreparedDocument>> PrepareAsync(Guid id, UploadedFile upload, string operation, CancellationToken cancellationToken)
    {
        var text = upload.Kind == UploadKind.Pdf
            // PDF extraction is heavy work too; its own budgets (PDF_TIMEOUT_SECONDS) bound its time.
            ? await limiter.RunAsync(token => Task.FromResult(documentText.Extract(upload, token)), Timeout.InfiniteTimeSpan, cancellationToken)
            : documentText.Extract(upload, cancellationToken);
        if (text.Problem is { } unreadable)
        {
            return Outcome<PreparedDocument>.Failure(unreadable);
        }
        if (runner.Validate(text.Value) is { } invalid)
        {
            return Outcome<PreparedDocument>.Failure(invalid);
        }
        var (result, duration) = await runner.AnalyzeAsync(text.Value!, operation, cancellationToken);
        var analysis = result.ToAnalysisResponse(text.Value!) with { Text = text.Value };
        // Whole microseconds: what PostgreSQL keeps, so the upload answer equals every later read.
        var now = DateTime.UnixEpoch.AddTicks((DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) / 10 * 10);
        var document = new Document
        {
            Id = id,
            Filename = upload.Filename,
            ContentType = upload.ContentType,
            SizeBytes = upload.Content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content)),
            StorageKey = StorageKeys.For(id, upload.Extension),
            CreatedAt = now,
            Analysis = new Analysis
            {
                DocumentId = id,
                EngineVersion = EngineInfo.Version,
                DocumentType = analysis.Classification.DocumentType,
                CodeCount = analysis.Codes.Count,
                ResultJson = JsonSerializer.Serialize(analysis, jsonOptions.Value.SerializerOptions),
                DurationMs = duration.TotalMilliseconds,
                CreatedAt = now,
            },
        };
        return Outcome<PreparedDocument>.Success(new PreparedDocument(document, analysis));
    }

    public async Task<DocumentResponse?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await database.Documents.AsNoTracking().Include(row => row.Analysis)
            .FirstOrDefaultAsync(row => row.Id == id, cancellationToken);
        return document is null
            ? null
            : ToResponse(document, JsonSerializer.Deserialize<AnalysisResponse>(document.Analysis!.ResultJson, jsonOptions.Value.SerializerOptions)!);
    }

    public async Task<DocumentPage> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await database.Documents.CountAsync(cancellationToken);
        ApiMetrics.SetDocumentsInStore(await database.Documents.IgnoreQueryFilters().CountAsync(cancellationToken));
        var items = await database.Documents.AsNoTracking()
            .OrderByDescending(row => row.CreatedAt).ThenByDescending(row => row.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(row => new DocumentListItem(
                row.Id, row.Filename, row.ContentType, row.SizeBytes, row.Sha256, row.CreatedAt,
                row.Analysis!.DocumentType, row.Analysis.CodeCount))
            .ToListAsync(cancellationToken);
        return new DocumentPage(items, page, pageSize, total);
    }

    /// <summary>The original bytes, their content type and the uploaded file name, or null when the id is unknown.</summary>
    public async Task<(byte[] Content, string ContentType, string Filename)?> ReadContentAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await database.Documents.AsNoTracking().FirstOrDefaultAsync(row => row.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }
        var content = await store.ReadAsync(document.StorageKey, cancellationToken)
            ?? throw new InvalidOperationException($"Document {id} has no stored file.");
        return (content, document.ContentType, document.Filename);
    }

    /// <summary>Deletes the row (and its analysis) first, then the file; false when the id is unknown.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await database.Documents.FirstOrDefaultAsync(row => row.Id == id, cancellationToken);
        if (document is null)
        {
            return false;
        }
        database.Documents.Remove(document);
        await database.SaveChangesAsync(CancellationToken.None);
        await DeleteFileQuietlyAsync(document.StorageKey);
        ApiMetrics.CountDocumentDeleted();
        logger.LogInformation("Deleted document {DocumentId}", id);
        return true;
    }

    private async Task DeleteFileQuietlyAsync(string key)
    {
        try
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // An unlisted orphan file is harmless; losing the original error would not be.
            logger.LogWarning("Could not delete stored file {StorageKey}: {ExceptionType}", key, exception.GetType().Name);
        }
    }

    private static DocumentResponse ToResponse(Document document, AnalysisResponse analysis) =>
        new(document.Id, document.Filename, document.ContentType, document.SizeBytes, document.Sha256, document.CreatedAt, analysis);
}
