using System.Text.Json;
using MedDoc.Api.Contracts;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using MedDoc.Contracts;
using MedDoc.Engine.Coding;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Reviews;

/// <summary>
/// Reads and saves coders' reviews. Every save adds a revision (nothing is overwritten); a save must name the
/// revision it edited, and the unique (document_id, revision) index turns a lost race into a 409.
/// <see cref="FindLatestAsync"/> is the small query other features (e.g. a FHIR export) use for a document's codes.
/// </summary>
public sealed class ReviewService(
    MedDocDbContext database,
    IcdCatalog catalog,
    IOptions<JsonOptions> jsonOptions,
    ILogger<ReviewService> logger)
{
    private JsonSerializerOptions Json => jsonOptions.Value.SerializerOptions;

    /// <summary>The review with its history, or null when the document does not exist.</summary>
    public async Task<DocumentReviewResponse?> FindAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (!await database.Documents.AnyAsync(row => row.Id == documentId, cancellationToken))
        {
            return null;
        }
        return await ReadAsync(documentId, cancellationToken);
    }

    /// <summary>The latest saved revision (in progress or reviewed), or null when the document has none.</summary>
    public async Task<ReviewRevisionResponse?> FindLatestAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var row = await database.DocumentReviews.AsNoTracking()
            .Where(review => review.DocumentId == documentId)
            .OrderByDescending(review => review.Revision)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToRevision(row, ReviewContent.Empty, withChanges: false);
    }

    /// <summary>
    /// Stores <paramref name="request"/> as the next revision. <paramref name="ifMatch"/> is the If-Match header, if any.
    /// Problems: 404 unknown document, 428 no version given, 412 stale If-Match, 409 stale base_revision or a lost race, 400 invalid review.
    /// </summary>
    public async Task<Outcome<DocumentReviewResponse>> SaveAsync(
        Guid documentId, ReviewRequest request, string? ifMatch, string reviewer, CancellationToken cancellationToken)
    {
        var analysisJson = await database.Analyses.AsNoTracking()
            .Where(analysis => analysis.DocumentId == documentId)
            .Select(analysis => new { analysis.ResultJson, analysis.EngineVersion })
            .FirstOrDefaultAsync(cancellationToken);
        if (analysisJson is null)
        {
            return Outcome<DocumentReviewResponse>.Failure(ApiProblems.DocumentNotFound(documentId));
        }
        var current = await database.DocumentReviews.AsNoTracking()
            .Where(review => review.DocumentId == documentId)
            .OrderByDescending(review => review.Revision)
            .FirstOrDefaultAsync(cancellationToken);
        var currentRevision = current?.Revision ?? 0;
        if (ifMatch is not null && ifMatch.Trim() != "*" && ifMatch.Trim() != ETagOf(currentRevision))
        {
            return Outcome<DocumentReviewResponse>.Failure(ApiProblems.ReviewPreconditionFailed(ifMatch, currentRevision));
        }
        if (ifMatch is null && request.BaseRevision is null)
        {
            return Outcome<DocumentReviewResponse>.Failure(ApiProblems.ReviewPreconditionRequired());
        }
        if (request.BaseRevision is { } baseRevision && baseRevision != currentRevision)
        {
            return Outcome<DocumentReviewResponse>.Failure(ApiProblems.ReviewConflict(baseRevision, currentRevision));
        }
        var analysis = JsonSerializer.Deserialize<AnalysisResponse>(analysisJson.ResultJson, Json)!;
        var (draft, error) = ReviewValidator.Validate(request, analysis, catalog);
        if (error is not null)
        {
            return Outcome<DocumentReviewResponse>.Failure(ApiProblems.InvalidReview(error));
        }
        database.DocumentReviews.Add(new DocumentReview
        {
            Id = Guid.CreateVersion7(),
            DocumentId = documentId,
            Revision = currentRevision + 1,
            Reviewer = reviewer,
            ReviewedAt = WholeMicroseconds(DateTime.UtcNow),
            Status = WireName.Of(draft!.Status),
            EngineVersion = analysisJson.EngineVersion,
            DocumentType = draft.DocumentType,
            ContentJson = JsonSerializer.Serialize(draft.Content, Json),
        });
        try
        {
            await database.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException)
        {
            // Another save from the same base revision won the unique (document_id, revision) index.
            database.ChangeTracker.Clear();
            var winner = await database.DocumentReviews.Where(review => review.DocumentId == documentId).MaxAsync(review => review.Revision, cancellationToken);
            return Outcome<DocumentReviewResponse>.Failure(ApiProblems.ReviewConflict(currentRevision, winner));
        }
        logger.LogInformation("Saved review revision {Revision} of document {DocumentId}: {Status}, {DecisionCount} decisions, {AddedCount} added",
            currentRevision + 1, documentId, WireName.Of(draft.Status), draft.Content.Decisions.Count, draft.Content.AddedCodes.Count);
        return Outcome<DocumentReviewResponse>.Success((await ReadAsync(documentId, cancellationToken))!);
    }

    /// <summary>The latest revision of every document whose review is finished (status reviewed), oldest review first.</summary>
    public async Task<IReadOnlyList<ReviewedDocument>> ListReviewedAsync(CancellationToken cancellationToken)
    {
        var reviewed = WireName.Of(ReviewStatus.Reviewed);
        var rows = await database.DocumentReviews.AsNoTracking()
            .Where(review => review.Revision == database.DocumentReviews
                .Where(other => other.DocumentId == review.DocumentId)
                .Max(other => other.Revision))
            .Where(review => review.Status == reviewed)
            .OrderBy(review => review.ReviewedAt).ThenBy(review => review.DocumentId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new ReviewedDocument(row.DocumentId, ToRevision(row, ReviewContent.Empty, withChanges: false)))];
    }

    /// <summary>The analysed text of a document (the extracted text for a PDF), or null when it is gone.</summary>
    public async Task<string?> ReadTextAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var json = await database.Analyses.AsNoTracking()
            .Where(analysis => analysis.DocumentId == documentId)
            .Select(analysis => analysis.ResultJson)
            .FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }
        using var parsed = JsonDocument.Parse(json);
        return parsed.RootElement.TryGetProperty("text", out var text) ? text.GetString() : null;
    }

    /// <summary>The strong ETag of a revision: the number in quotes.</summary>
    public static string ETagOf(int revision) => $"\"{revision}\"";

    private async Task<DocumentReviewResponse> ReadAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var rows = await database.DocumentReviews.AsNoTracking()
            .Where(review => review.DocumentId == documentId)
            .OrderBy(review => review.Revision)
            .ToListAsync(cancellationToken);
        var history = new List<ReviewRevisionResponse>(rows.Count);
        var previous = ReviewContent.Empty;
        foreach (var row in rows)
        {
            var revision = ToRevision(row, previous, withChanges: true);
            history.Add(revision);
            previous = new ReviewContent(revision.Decisions, revision.AddedCodes, revision.Note);
        }
        history.Reverse();
        var current = history.FirstOrDefault();
        return new DocumentReviewResponse(documentId, current?.Revision ?? 0, current?.Status ?? ReviewStatus.Unreviewed, current, history);
    }

    private ReviewRevisionResponse ToRevision(DocumentReview row, ReviewContent previous, bool withChanges)
    {
        var content = JsonSerializer.Deserialize<ReviewContent>(row.ContentJson, Json)!;
        return new ReviewRevisionResponse(
            row.Revision, row.Reviewer, row.ReviewedAt, WireName.Parse<ReviewStatus>(row.Status), row.EngineVersion, row.DocumentType,
            content.Decisions, content.AddedCodes, content.Note, content.FinalCodes(),
            withChanges ? ReviewChanges.Between(previous, content) : []);
    }

    // What PostgreSQL keeps, so the save's answer equals every later read.
    private static DateTime WholeMicroseconds(DateTime value) =>
        DateTime.UnixEpoch.AddTicks((value.Ticks - DateTime.UnixEpoch.Ticks) / 10 * 10);
}
