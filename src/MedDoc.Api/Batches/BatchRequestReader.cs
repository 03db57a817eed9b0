using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Amazon.S3;
using MedDoc.Api.Contracts;
using MedDoc.Api.Documents;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MedDoc.Api.Batches;

/// <summary>
/// Reads POST /api/batches into a <see cref="BatchReceiver"/> as the body streams in: repeated
/// multipart <c>files</c> parts, one <c>.zip</c> as <c>file</c>, JSON <c>{"documents": [...]}</c>, or
/// with the S3 store JSON <c>{"s3_prefix": "..."}</c> (objects read from <see cref="S3ImportFolder"/>).
/// Limits (documents, bytes, archive expansion, nesting) refuse the whole batch; a single document of
/// the wrong type or size becomes a failed item with its reason and the batch goes on.
/// </summary>
public sealed class BatchRequestReader(
    BatchReceiver receiver,
    IOptions<BatchOptions> batchOptions,
    IOptions<UploadOptions> uploadOptions,
    IOptions<JsonOptions> jsonOptions,
    S3ImportFolder s3Imports,
    ICurrentTenant tenant)
{
    private const int PartOverheadBytes = 512;
    private static readonly string[] ArchiveExtensions = [".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz", ".zst", ".jar"];

    private long _bytes;

    private BatchOptions Limits => batchOptions.Value;

    private long MaxDocumentBytes => uploadOptions.Value.MaxUploadBytes;

    public async Task<Outcome<Batch>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var bodyLimit = Limits.MaxBytes + Math.Max(1024 * 1024, (long)Limits.MaxDocuments * PartOverheadBytes);
        if (request.ContentLength > bodyLimit)
        {
            return Outcome<Batch>.Failure(BatchProblems.TooLarge(Limits.MaxMb));
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = bodyLimit;
        }
        ProblemHttpResult? problem;
        if (request.HasFormContentType)
        {
            problem = await ReadMultipartAsync(request, cancellationToken);
        }
        else if (request.HasJsonContentType())
        {
            problem = await ReadJsonAsync(request, cancellationToken);
        }
        else
        {
            return Outcome<Batch>.Failure(ApiProblems.UnsupportedMediaType(
                "multipart/form-data with repeated 'files' parts (.txt, .pdf) or one .zip as 'file', or application/json {\"documents\": [{\"document_text\": \"...\", \"filename\": \"...\"}]}"));
        }
        if (problem is not null)
        {
            await receiver.AbandonAsync();
            return Outcome<Batch>.Failure(problem);
        }
        var batch = await receiver.CompleteAsync(cancellationToken);
        return batch is null ? Outcome<Batch>.Failure(BatchProblems.EmptyBatch()) : Outcome<Batch>.Success(batch);
    }

    private async Task<ProblemHttpResult?> ReadMultipartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            ? HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return InvalidMultipart();
        }
        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                var filename = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                var problem = name switch
                {
                    "files" => await ReadFilePartAsync(filename, section.Body, cancellationToken),
                    "file" => await ReadZipPartAsync(filename, section.Body, cancellationToken),
                    _ => null,
                };
                if (problem is not null)
                {
                    return problem;
                }
            }
        }
        catch (InvalidDataException)
        {
            return InvalidMultipart();
        }
        return null;
    }

    private async Task<ProblemHttpResult?> ReadFilePartAsync(string? filename, Stream body, CancellationToken cancellationToken)
    {
        var name = UploadFilename.Clean(filename);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var (content, length) = await ReadCappedAsync(body, MaxDocumentBytes, cancellationToken);
        return await AddAsync(name, extension, content, length, cancellationToken);
    }

    private async Task<ProblemHttpResult?> AddAsync(string name, string extension, byte[]? content, long length, CancellationToken cancellationToken)
    {
        _bytes += length;
        if (UploadReader.KindOf(extension) is null)
        {
            await receiver.AddRefusedAsync(name, ApiProblems.UnsupportedFileType(extension.Length == 0 ? "(none)" : extension), cancellationToken);
        }
        else if (content is null)
        {
            await receiver.AddRefusedAsync(name, ApiProblems.UploadTooLarge(MaxDocumentBytes), cancellationToken);
        }
        else
        {
            await receiver.AddAsync(name, extension, content, cancellationToken);
        }
        return LimitProblem();
    }

    private async Task<ProblemHttpResult?> ReadZipPartAsync(string? filename, Stream body, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(UploadFilename.Clean(filename)).ToLowerInvariant();
        if (extension != ".zip")
        {
            return BatchProblems.NotAZip(extension.Length == 0 ? "(none)" : extension);
        }
        var path = Path.Combine(Path.GetTempPath(), $"meddoc-batch-{Guid.NewGuid():N}.zip");
        await using var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (spool.Length + read > Limits.MaxBytes)
            {
                return BatchProblems.TooLarge(Limits.MaxMb);
            }
            await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        spool.Position = 0;
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(spool, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return BatchProblems.InvalidZip();
        }
        using (archive)
        {
            return await ReadArchiveAsync(archive, cancellationToken);
        }
    }

    private async Task<ProblemHttpResult?> ReadArchiveAsync(ZipArchive archive, CancellationToken cancellationToken)
    {
        var entries = archive.Entries
            .Where(entry => !entry.FullName.EndsWith('/') && !entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
            .ToList();
        if (entries.Count > Limits.MaxDocuments)
        {
            return BatchProblems.TooManyDocuments(Limits.MaxDocuments);
        }
        if (entries.Select(entry => Path.GetExtension(entry.Name).ToLowerInvariant()).FirstOrDefault(ArchiveExtensions.Contains) is { } nested)
        {
            return BatchProblems.NestedArchive(nested);
        }
        if (entries.Sum(entry => entry.Length) > Limits.MaxBytes)
        {
            return BatchProblems.TooLarge(Limits.MaxMb);
        }
        foreach (var entry in entries)
        {
            var name = UploadFilename.Clean(entry.Name);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (UploadReader.KindOf(extension) is null || entry.Length > MaxDocumentBytes)
            {
                if (await AddAsync(name, extension, null, entry.Length, cancellationToken) is { } refused)
                {
                    return refused;
                }
                continue;
            }
            byte[]? content;
            long length;
            try
            {
                await using var stream = entry.Open();
                (content, length) = await ReadCappedAsync(stream, entry.Length, cancellationToken);
            }
            catch (InvalidDataException)
            {
                await receiver.AddRefusedAsync(name, BatchProblems.UnreadableEntry(), cancellationToken);
                continue;
            }
            if (content is null)
            {
                // The entry expands past the size its header declares: an archive built to exhaust memory or disk.
                return BatchProblems.ZipBomb(Limits.MaxMb);
            }
            if (await AddAsync(name, extension, content, length, cancellationToken) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private async Task<ProblemHttpResult?> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        BatchJsonUpload? body;
        try
        {
            body = await request.ReadFromJsonAsync<BatchJsonUpload>(jsonOptions.Value.SerializerOptions, cancellationToken);
        }
        catch (JsonException exception)
        {
            return ApiProblems.InvalidJson(ApiExceptionHandler.DescribeJson(exception));
        }
        if (body?.S3Prefix is { } s3Prefix)
        {
            return body.Documents is null ? await ReadS3PrefixAsync(s3Prefix, cancellationToken) : BatchProblems.TwoSources();
        }
        if (body?.Documents is null)
        {
            return ApiProblems.InvalidJson("The body has no \"documents\" array; send {\"documents\": [{\"document_text\": \"...\", \"filename\": \"...\"}]}.");
        }
        if (body.Documents.Count > Limits.MaxDocuments)
        {
            return BatchProblems.TooManyDocuments(Limits.MaxDocuments);
        }
        foreach (var document in body.Documents)
        {
            var content = Encoding.UTF8.GetBytes(document?.DocumentText ?? string.Empty);
            var oversize = content.LongLength > MaxDocumentBytes;
            if (await AddAsync(UploadFilename.Clean(document?.Filename), ".txt", oversize ? null : content, content.LongLength, cancellationToken) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private async Task<ProblemHttpResult?> ReadS3PrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        if (!s3Imports.IsAvailable)
        {
            return BatchProblems.S3ImportUnavailable();
        }
        if (S3ImportFolder.KeyPrefixOf(tenant.Id ?? string.Empty, prefix) is not { } keyPrefix)
        {
            return BatchProblems.InvalidS3Prefix();
        }
        try
        {
            var objects = new List<S3ImportObject>();
            await foreach (var item in s3Imports.ListAsync(keyPrefix, cancellationToken))
            {
                objects.Add(item);
                if (objects.Count > Limits.MaxDocuments)
                {
                    return BatchProblems.TooManyDocuments(Limits.MaxDocuments);
                }
            }
            if (objects.Sum(item => item.Size) > Limits.MaxBytes)
            {
                return BatchProblems.TooLarge(Limits.MaxMb);
            }
            foreach (var item in objects)
            {
                var name = UploadFilename.Clean(item.RelativeName);
                var extension = Path.GetExtension(name).ToLowerInvariant();
                var content = UploadReader.KindOf(extension) is null || item.Size > MaxDocumentBytes
                    ? null
                    : await s3Imports.ReadAsync(item.Key, MaxDocumentBytes, cancellationToken);
                if (await AddAsync(name, extension, content, item.Size, cancellationToken) is { } problem)
                {
                    return problem;
                }
            }
        }
        catch (AmazonS3Exception exception)
        {
            return BatchProblems.S3ImportFailed((int)exception.StatusCode, exception.ErrorCode);
        }
        return null;
    }

    private ProblemHttpResult? LimitProblem() =>
        receiver.Count > Limits.MaxDocuments ? BatchProblems.TooManyDocuments(Limits.MaxDocuments)
        : _bytes > Limits.MaxBytes ? BatchProblems.TooLarge(Limits.MaxMb)
        : null;

    /// <summary>The whole stream, or null (with the length read) once it is longer than <paramref name="cap"/>.</summary>
    private static async Task<(byte[]? Content, long Length)> ReadCappedAsync(Stream stream, long cap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long length = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            length += read;
            if (length > cap)
            {
                return (null, length);
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), length);
    }

    private static ProblemHttpResult InvalidMultipart() =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, "invalid_multipart", "Invalid multipart body", "The multipart/form-data body could not be parsed.");
}
