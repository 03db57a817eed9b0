using MedDoc.Contracts;
namespace MedDoc.Api.Contracts;

/// <summary>JSON body of POST /api/documents: the text and an optional file name (default "document.txt").</summary>
public sealed record DocumentJsonUpload(string? DocumentText, string? Filename);

/// <summary>A stored document with its analysis: the answer of POST and GET /api/documents/{id}.</summary>
public sealed record DocumentResponse(
    Guid Id,
    string Filename,
    string ContentType,
    long SizeBytes,
    string Sha256,
    DateTime CreatedAt,
    AnalysisResponse Analysis);

/// <summary>One row of the document list: metadata and the headline of its analysis.</summary>
public sealed record DocumentListItem(
    Guid Id,
    string Filename,
    string ContentType,
    long SizeBytes,
    string Sha256,
    DateTime CreatedAt,
    string DocumentType,
    int CodeCount);

/// <summary>One page of documents, newest first.</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentListItem> Items, int Page, int PageSize, int Total);
