using System.Globalization;
using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedDoc.Api.Batches;

/// <summary>The problems of POST /api/batches and the batch endpoints (same shape as <see cref="ApiProblems"/>).</summary>
public static class BatchProblems
{
    public static ProblemHttpResult TooManyDocuments(int limit) =>
        ApiProblems.Create(StatusCodes.Status413PayloadTooLarge, "batch_too_many_documents", "Too many documents",
            string.Create(CultureInfo.InvariantCulture, $"A batch holds at most {limit} documents (BATCH_MAX_DOCUMENTS)."));

    public static ProblemHttpResult TooLarge(int limitMb) =>
        ApiProblems.Create(StatusCodes.Status413PayloadTooLarge, "batch_too_large", "Batch too large",
            string.Create(CultureInfo.InvariantCulture, $"A batch holds at most {limitMb} MB of documents (BATCH_MAX_MB)."));

    public static ProblemHttpResult ZipBomb(int limitMb) =>
        ApiProblems.Create(StatusCodes.Status413PayloadTooLarge, "zip_bomb", "Archive expands too much",
            string.Create(CultureInfo.InvariantCulture, $"The archive expands to more than it declares or than {limitMb} MB (BATCH_MAX_MB)."));

    public static ProblemHttpResult NestedArchive(string extension) =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, "nested_archive", "Archive inside the archive",
            $"The archive contains another archive ('{extension}'); send .txt and .pdf files only, unnested.");

    public static ProblemHttpResult InvalidZip() =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, "invalid_zip", "Unreadable archive",
            "The 'file' part is not a readable .zip archive.");

    public static ProblemHttpResult NotAZip(string extension) =>
        ApiProblems.Create(StatusCodes.Status415UnsupportedMediaType, "unsupported_file_type", "Unsupported file type",
            $"The 'file' part of a batch must be a .zip archive; its extension is '{extension}'. Send single documents as repeated 'files' parts.");

    public static ProblemHttpResult EmptyBatch() =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, "empty_batch", "No documents",
            "The batch has no documents: send repeated 'files' parts, one .zip as 'file', JSON {\"documents\": [{\"document_text\": \"...\"}]}, or, with the S3 store, JSON {\"s3_prefix\": \"folder/\"} naming a folder that holds objects.");

    public static ProblemHttpResult S3ImportUnavailable() =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, "s3_import_unavailable", "No S3 store",
            "s3_prefix needs the S3 document store (S3_BUCKET); this API keeps documents in a local folder. Send the files instead.");

    public static ProblemHttpResult InvalidS3Prefix() =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, "invalid_s3_prefix", "Invalid S3 prefix",
            $"s3_prefix names a folder under {S3ImportFolder.Root}<tenant>/ in the bucket: at most 512 characters, no '.' or '..' segments, and a caller with a tenant of letters, digits, '.', '_' or '-'.");

    public static ProblemHttpResult TwoSources() =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, "invalid_json", "Invalid JSON body",
            "Send either \"documents\" or \"s3_prefix\", not both.");

    public static ProblemHttpResult S3ImportFailed(int status, string? code) =>
        ApiProblems.Create(StatusCodes.Status502BadGateway, "s3_import_failed", "S3 import failed",
            string.Create(CultureInfo.InvariantCulture, $"The S3 bucket answered {status} {code ?? "(no code)"} while the batch was read from it; nothing was queued."));

    public static ProblemHttpResult UnreadableEntry() =>
        ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "unreadable_archive_entry", "Unreadable archive entry",
            "The file could not be read from the archive (damaged or encrypted).");

    public static ProblemHttpResult NotFound(Guid id) =>
        ApiProblems.Create(StatusCodes.Status404NotFound, "not_found", "Batch not found", $"No batch has the id {id}.");

    public static ProblemHttpResult AlreadyFinished(Guid id) =>
        ApiProblems.Create(StatusCodes.Status409Conflict, "batch_finished", "Batch already finished",
            $"Batch {id} has finished; there is nothing left to cancel.");

    public static ProblemHttpResult UnknownStatus(string given) =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, "invalid_status", "Unknown status",
            $"status must be one of: {string.Join(", ", Persistence.BatchItemStatus.All)}; got '{(given.Length <= 20 ? given : given[..20] + "…")}'.");

    public static ProblemHttpResult UnknownFormat(string given) =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, "invalid_format", "Unknown format",
            $"format must be jsonl, csv or fhir; got '{(given.Length <= 20 ? given : given[..20] + "…")}'.");
}
