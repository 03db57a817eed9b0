namespace MedDoc.Api.Contracts;

/// <summary>
/// JSON body of POST /api/batches: the documents' texts, each with an optional file name; or, with the
/// S3 store, <c>s3_prefix</c>: the folder under <c>imports/&lt;tenant&gt;/</c> in the bucket whose objects to import.
/// </summary>
public sealed record BatchJsonUpload(IReadOnlyList<DocumentJsonUpload>? Documents, string? S3Prefix = null);

/// <summary>A batch and its progress: the answer of POST /api/batches and GET /api/batches/{id}.</summary>
public sealed record BatchResponse(
    Guid Id,
    string Status,
    int Total,
    int Queued,
    int Done,
    int Failed,
    int Cancelled,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt);

/// <summary>One page of batches, newest first.</summary>
public sealed record BatchPage(IReadOnlyList<BatchResponse> Items, int Page, int PageSize, int Total);

/// <summary>One document of a batch: its place in the request, its state, and the stored document once done.</summary>
public sealed record BatchDocumentResponse(
    int Index,
    string Filename,
    string Status,
    Guid? DocumentId,
    string? FailureReason,
    int Attempts,
    DateTime? FinishedAt);

/// <summary>One page of a batch's documents, in request order.</summary>
public sealed record BatchDocumentPage(IReadOnlyList<BatchDocumentResponse> Items, int Page, int PageSize, int Total);
