using System.Text;
using System.Text.Json;
using MedDoc.Api.Contracts;
using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Endpoints;

/// <summary>
/// The coder's review loop: read and save a document's review (every save a new revision, optimistic
/// concurrency by base_revision or If-Match), acceptance statistics, and reviewed documents as an evaluation set.
/// </summary>
public static class ReviewsEndpoints
{
    public const string ExportContentType = "application/x-ndjson";

    public static IEndpointRouteBuilder MapReviewsEndpoints(this IEndpointRouteBuilder app)
    {
        var document = app.MapGroup("/api/documents/{id:guid}/review").WithTags("Reviews");
        document.MapGet("/", GetDocumentReview)
            .WithName(nameof(GetDocumentReview))
            .RequireAuthorization(Policies.ReadDocuments)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The document's review and every earlier revision (newest first); revision 0 before the first save. ETag: the revision.");
        document.MapPut("/", SaveDocumentReview)
            .WithName(nameof(SaveDocumentReview))
            .RequireAuthorization(Policies.Review)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Save the whole review as the next revision: decisions on suggested codes, added codes with evidence, status. Send base_revision or If-Match.");
        var reviews = app.MapGroup("/api/reviews").WithTags("Reviews");
        reviews.MapGet("/stats", GetReviewStats)
            .WithName(nameof(GetReviewStats))
            .RequireAuthorization(Policies.ReadDocuments)
            .WithSummary("Acceptance rate and estimated precision/recall from reviewed documents: overall, per code, document type, engine version, basis and day.");
        reviews.MapGet("/export", ExportReviews)
            .WithName(nameof(ExportReviews))
            .RequireAuthorization(Policies.ReadDocuments)
            .Produces(StatusCodes.Status200OK, typeof(ReviewExportRecord), ExportContentType)
            .WithSummary("Reviewed documents as an evaluation dataset, one JSON object per line (document_text, expected_type, expected_codes); for meddoc eval --from-reviews.");
        return app;
    }

    public static async Task<Results<Ok<DocumentReviewResponse>, ProblemHttpResult>> GetDocumentReview(
        Guid id, ReviewService reviews, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, cancellationToken) is not { } review)
        {
            return ApiProblems.DocumentNotFound(id);
        }
        response.Headers.ETag = ReviewService.ETagOf(review.Revision);
        return TypedResults.Ok(review);
    }

    public static async Task<Results<Ok<DocumentReviewResponse>, ProblemHttpResult>> SaveDocumentReview(
        Guid id, ReviewRequest request, ReviewService reviews, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        var saved = await reviews.SaveAsync(id, request, ifMatch.Length == 0 ? null : ifMatch, Reviewer.Of(context.User), cancellationToken);
        if (saved.Problem is { } problem)
        {
            return problem;
        }
        context.Response.Headers.ETag = ReviewService.ETagOf(saved.Value!.Revision);
        return TypedResults.Ok(saved.Value);
    }

    public static async Task<Ok<ReviewStatsResponse>> GetReviewStats(ReviewService reviews, CancellationToken cancellationToken)
    {
        var reviewed = await reviews.ListReviewedAsync(cancellationToken);
        return TypedResults.Ok(ReviewStatistics.Compute([.. reviewed.Select(document => document.Review)]));
    }

    public static async Task<PushStreamHttpResult> ExportReviews(
        ReviewService reviews, IOptions<JsonOptions> jsonOptions, CancellationToken cancellationToken)
    {
        var reviewed = await reviews.ListReviewedAsync(cancellationToken);
        var json = jsonOptions.Value.SerializerOptions;
        return TypedResults.Stream(async stream =>
        {
            var newline = Encoding.UTF8.GetBytes("\n");
            foreach (var document in reviewed)
            {
                if (await reviews.ReadTextAsync(document.DocumentId, cancellationToken) is not { } text)
                {
                    continue;
                }
                var review = document.Review;
                var record = new ReviewExportRecord(
                    document.DocumentId.ToString(), text, review.DocumentType, review.FinalCodes, [],
                    review.Reviewer, review.ReviewedAt, review.EngineVersion, review.Revision);
                await JsonSerializer.SerializeAsync(stream, record, json, cancellationToken);
                await stream.WriteAsync(newline, cancellationToken);
            }
        }, ExportContentType, fileDownloadName: "reviews.jsonl");
    }
}
