using MedDoc.Api.Audit;
using MedDoc.Api.Contracts;
using MedDoc.Api.Documents;
using MedDoc.Api.Fhir;
using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.RateLimits;
using MedDoc.Fhir;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedDoc.Api.Endpoints;

/// <summary>Upload, list, read and delete stored documents.</summary>
public static class DocumentsEndpoints
{
    public static IEndpointRouteBuilder MapDocumentsEndpoints(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/documents").WithTags("Documents");
        documents.MapPost("/", UploadDocument)
            .WithName(nameof(UploadDocument))
            .Audited(AuditActions.Upload, AuditTarget.Document)
            .Accepts<DocumentJsonUpload>("application/json", "multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery()
            .RequireAuthorization(Policies.Upload)
            .LimitedAsAnalysis()
            .WithSummary("Store and analyse a document: multipart 'file' (.txt, .pdf) or JSON {document_text, filename}.");
        documents.MapGet("/", ListDocuments)
            .WithName(nameof(ListDocuments))
            .Audited(AuditActions.List)
            .RequireAuthorization(Policies.ReadDocuments)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Stored documents, newest first; page_size at most 100.");
        documents.MapGet("/{id:guid}", GetDocument)
            .WithName(nameof(GetDocument))
            .Audited(AuditActions.Read, AuditTarget.Document)
            .RequireAuthorization(Policies.ReadDocuments)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A stored document with its analysis.");
        documents.MapGet("/{id:guid}/content", GetDocumentContent)
            .WithName(nameof(GetDocumentContent))
            .Audited(AuditActions.Download, AuditTarget.Document)
            .RequireAuthorization(Policies.ReadDocuments)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The original bytes with their stored content type, as an attachment named after the upload.");
        documents.MapGet("/{id:guid}/fhir", GetDocumentFhir)
            .WithName(nameof(GetDocumentFhir))
            .Audited(AuditActions.Read, AuditTarget.Document)
            .RequireAuthorization(Policies.ReadDocuments)
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The stored analysis as a FHIR R4 Bundle: DocumentReference, Observations (LOINC), Conditions (ICD-10-CM) and a DiagnosticReport (docs/fhir.md).");
        documents.MapDelete("/{id:guid}", DeleteDocument)
            .WithName(nameof(DeleteDocument))
            .Audited(AuditActions.Delete, AuditTarget.Document)
            .RequireAuthorization(Policies.DeleteDocuments)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Delete the document, its analysis and its stored file.");
        return app;
    }

    public static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> UploadDocument(
        HttpRequest request, UploadReader reader, DocumentService documents, CancellationToken cancellationToken)
    {
        var upload = await reader.ReadAsync(request, cancellationToken);
        if (upload.Problem is { } badUpload)
        {
            return badUpload;
        }
        var created = await documents.CreateAsync(upload.Value!, cancellationToken);
        if (created.Problem is { } badDocument)
        {
            return badDocument;
        }
        request.HttpContext.RecordCreatedResource(created.Value!.Id);
        return TypedResults.Created($"/api/documents/{created.Value.Id}", created.Value);
    }

    public static async Task<Results<Ok<DocumentPage>, ProblemHttpResult>> ListDocuments(
        DocumentService documents,
        CancellationToken cancellationToken,
        [FromQuery] int page = 1,
        [FromQuery(Name = "page_size")] int pageSize = 20)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(await documents.ListAsync(page, pageSize, cancellationToken));
    }

    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetDocument(
        Guid id, DocumentService documents, CancellationToken cancellationToken) =>
        await documents.FindAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document)
            : ApiProblems.DocumentNotFound(id);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDocumentContent(
        Guid id, DocumentService documents, CancellationToken cancellationToken) =>
        await documents.ReadContentAsync(id, cancellationToken) is { } stored
            ? TypedResults.File(stored.Content, stored.ContentType, stored.Filename)
            : ApiProblems.DocumentNotFound(id);

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetDocumentFhir(
        Guid id, HttpRequest request, FhirExportService fhir, CancellationToken cancellationToken)
    {
        return await fhir.ForDocumentAsync(id, ContentUrlOf(request, id), cancellationToken) is { } bundle
            ? TypedResults.Text(bundle, FhirJson.MediaType)
            : ApiProblems.DocumentNotFound(id);
    }

    /// <summary>The absolute address of a stored document's original, as this request reached the API.</summary>
    public static Uri ContentUrlOf(HttpRequest request, Guid id) =>
        new($"{request.Scheme}://{request.Host}{request.PathBase}/api/documents/{id}/content");

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(
        Guid id, DocumentService documents, CancellationToken cancellationToken) =>
        await documents.DeleteAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.DocumentNotFound(id);
}
