using MedDoc.Api.Reviews;
using MedDoc.Contracts;
using MedDoc.Engine;

namespace MedDoc.Api.Contracts;

/// <summary>
/// Body of PUT /api/documents/{id}/review: the whole review (it replaces the previous revision, which stays
/// in the history). <c>base_revision</c> is the revision the client edited (0 for a first review), or send
/// GET's ETag in If-Match instead.
/// </summary>
public sealed record ReviewRequest(
    int? BaseRevision,
    ReviewStatus? Status,
    string? DocumentType,
    IReadOnlyList<CodeDecisionRequest>? Decisions,
    IReadOnlyList<AddedCodeRequest>? AddedCodes,
    string? Note);

/// <summary>The decision about one suggested code; <c>reason</c> only with rejected, <c>corrected_code</c> only with corrected.</summary>
public sealed record CodeDecisionRequest(string? Code, ReviewDecision? Decision, RejectionReason? Reason, string? CorrectedCode, string? Note);

/// <summary>A code the engine missed, with its evidence: code-point offsets into the analysed text.</summary>
public sealed record AddedCodeRequest(string? Code, EvidenceRequest? Evidence, string? Note);

/// <summary>Code-point offsets of a piece of the analysed text (<c>text[start:end]</c>).</summary>
public sealed record EvidenceRequest(int? Start, int? End);

/// <summary>A stored decision, with the suggestion it is about.</summary>
public sealed record CodeDecisionResponse(
    string Code,
    string Description,
    CodeBasis Basis,
    ReviewDecision Decision,
    RejectionReason? Reason,
    string? CorrectedCode,
    string? CorrectedTitle,
    string? Note);

/// <summary>A stored added code with its catalog title and verbatim evidence.</summary>
public sealed record AddedCodeResponse(string Code, string Title, SpanResponse Evidence, string? Note);

/// <summary>What one revision changed for one code: <c>before</c>/<c>after</c> such as "accepted", "rejected (negated)", "corrected to E11.22", "added"; null when absent.</summary>
public sealed record ReviewChangeResponse(string Code, string? Before, string? After);

/// <summary>One saved revision: who, when, on which engine version's suggestions, what was decided and what changed.</summary>
public sealed record ReviewRevisionResponse(
    int Revision,
    string Reviewer,
    DateTime ReviewedAt,
    ReviewStatus Status,
    string EngineVersion,
    string DocumentType,
    IReadOnlyList<CodeDecisionResponse> Decisions,
    IReadOnlyList<AddedCodeResponse> AddedCodes,
    string? Note,
    IReadOnlyList<string> FinalCodes,
    IReadOnlyList<ReviewChangeResponse> Changes);

/// <summary>
/// Answer of GET and PUT /api/documents/{id}/review: the current revision (null and revision 0 before the first
/// review) and every revision, newest first. The ETag header is the revision in quotes.
/// </summary>
public sealed record DocumentReviewResponse(
    Guid DocumentId,
    int Revision,
    ReviewStatus Status,
    ReviewRevisionResponse? Current,
    IReadOnlyList<ReviewRevisionResponse> History);
