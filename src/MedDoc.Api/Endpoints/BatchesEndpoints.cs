using MedDoc.Api.Audit;
using MedDoc.Api.Batches;
using MedDoc.Api.Contracts;
using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedDoc.Api.Endpoints;

/// <summary>Submit many documents at once, follow their progress, read the results, cancel.</summary>
public static class BatchesEndpoints
{
    public static IEndpointRouteBuilder MapBatchesEndpoints(this IEndpointRouteBuilder app)
    {
        var batches = app.MapGroup("/api/batches").WithTags("Batches");
        batches.MapPost("/", CreateBatch)
            .WithName(nameof(CreateBatch))
            .Accepts<BatchJsonUpload>("application/json", "multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .DisableAntiforgery()
            .RequireAuthorization(Policies.Upload)
            .Audited(AuditActions.Upload, AuditTarget.Batch)
            .WithSummary("Queue many documents: repeated multipart 'files' (.txt, .pdf), one .zip as 'file', JSON {documents: [{document_text, filename}]}, or with the S3 store JSON {s3_prefix} (the caller's folder imports/<tenant>/<s3_prefix> in the bucket).");
        batches.MapGet("/", ListBatches)
            .WithName(nameof(ListBatches))
            .RequireAuthorization(Policies.ReadDocuments)
            .Audited(AuditActions.List)
            .WithSummary("Batches, newest first, with their counts; page_size at most 100.");
        batches.MapGet("/{id:guid}", GetBatch)
            .WithName(nameof(GetBatch))
            .RequireAuthorization(Policies.ReadDocuments)
            .Audited(AuditActions.Read, AuditTarget.Batch)
            .WithSummary("A batch's status, counts and start/finish times.");
        batches.MapGet("/{id:guid}/documents", ListBatchDocuments)
            .WithName(nameof(ListBatchDocuments))
            .RequireAuthorization(Policies.ReadDocuments)
            .Audited(AuditActions.List, AuditTarget.Batch)
            .WithSummary("The batch's documents in request order, each with its status, stored document id and failure reason; optional status filter.");
        batches.MapGet("/{id:guid}/results", GetBatchResults)
            .WithName(nameof(GetBatchResults))
            .RequireAuthorization(Policies.ReadDocuments)
            .Produces(StatusCodes.Status200OK, contentType: BatchResultsWriter.JsonLinesContentType)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: BatchFhirWriter.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Audited(AuditActions.Download, AuditTarget.Batch)
            .WithSummary("Streamed results: JSON Lines, one document per line with its analysis (default); CSV, one row per code (format=csv or Accept: text/csv); or FHIR NDJSON, one resource per line (format=fhir or Accept: application/fhir+ndjson).");
        batches.MapDelete("/{id:guid}", CancelBatch)
            .WithName(nameof(CancelBatch))
            .RequireAuthorization(Policies.Upload)
            .Audited(AuditActions.Cancel, AuditTarget.Batch)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Cancel the documents not processed yet; stored ones stay.");
        return app;
    }

    public static async Task<Results<AcceptedAtRoute<BatchResponse>, ProblemHttpResult>> CreateBatch(
        HttpRequest request, BatchRequestReader reader, BatchService batches, CancellationToken cancellationToken)
    {
        var received = await reader.ReadAsync(request, cancellationToken);
        if (received.Problem is { } problem)
        {
            return problem;
        }
        var batch = await batches.FindAsync(received.Value!.Id, CancellationToken.None);
        request.HttpContext.RecordCreatedResource(batch!.Id);
        return TypedResults.AcceptedAtRoute(batch!, nameof(GetBatch), new { id = batch!.Id });
    }

    public static async Task<Results<Ok<BatchPage>, ProblemHttpResult>> ListBatches(
        BatchService batches,
        CancellationToken cancellationToken,
        [FromQuery] int page = 1,
        [FromQuery(Name = "page_size")] int pageSize = 20) =>
        Paging.Problem(page, pageSize) is { } problem ? problem : TypedResults.Ok(await batches.ListAsync(page, pageSize, cancellationToken));

    public static async Task<Results<Ok<BatchResponse>, ProblemHttpResult>> GetBatch(
        Guid id, BatchService batches, CancellationToken cancellationToken) =>
        await batches.FindAsync(id, cancellationToken) is { } batch ? TypedResults.Ok(batch) : BatchProblems.NotFound(id);

    public static async Task<Results<Ok<BatchDocumentPage>, ProblemHttpResult>> ListBatchDocuments(
        Guid id,
        BatchService batches,
        CancellationToken cancellationToken,
        [FromQuery] string? status = null,
        [FromQuery] int page = 1,
        [FromQuery(Name = "page_size")] int pageSize = 50)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }
        if (status is not null && !BatchItemStatus.All.Contains(status))
        {
            return BatchProblems.UnknownStatus(status);
        }
        return await batches.ListDocumentsAsync(id, status, page, pageSize, cancellationToken) is { } documents
            ? TypedResults.Ok(documents)
            : BatchProblems.NotFound(id);
    }

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> GetBatchResults(
        Guid id,
        HttpRequest request,
        BatchService batches,
        BatchResultsWriter results,
        BatchFhirWriter fhir,
        [FromQuery] string? format = null)
    {
        var chosen = format is null ? ResultFormatAccepted(request.Headers.Accept.ToString()) : format.ToLowerInvariant();
        if (chosen is not ("jsonl" or "csv" or "fhir"))
        {
            return BatchProblems.UnknownFormat(format!);
        }
        if (!await batches.ExistsAsync(id, request.HttpContext.RequestAborted))
        {
            return BatchProblems.NotFound(id);
        }
        var aborted = request.HttpContext.RequestAborted;
        return chosen switch
        {
            "csv" => TypedResults.Stream(output => results.WriteCsvAsync(id, output, aborted), BatchResultsWriter.CsvContentType, $"batch-{id}.csv"),
            "fhir" => TypedResults.Stream(output => fhir.WriteAsync(id, document => DocumentsEndpoints.ContentUrlOf(request, document), output, aborted), BatchFhirWriter.ContentType, $"batch-{id}.ndjson"),
            _ => TypedResults.Stream(output => results.WriteJsonLinesAsync(id, output, aborted), BatchResultsWriter.JsonLinesContentType),
        };
    }

    private static string ResultFormatAccepted(string accept) =>
        accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? "csv"
        : accept.Contains(BatchFhirWriter.ContentType, StringComparison.OrdinalIgnoreCase) ? "fhir"
        : "jsonl";

    public static async Task<Results<Ok<BatchResponse>, ProblemHttpResult>> CancelBatch(
        Guid id, BatchService batches, CancellationToken cancellationToken) =>
        await batches.CancelAsync(id, cancellationToken) switch
        {
            CancelOutcome.NotFound => BatchProblems.NotFound(id),
            CancelOutcome.AlreadyFinished => BatchProblems.AlreadyFinished(id),
            _ => TypedResults.Ok((await batches.FindAsync(id, CancellationToken.None))!),
        };
}
