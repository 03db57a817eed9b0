using MedDoc.Api.Fhir;
using MedDoc.Fhir;

namespace MedDoc.Api.Reviews;

/// <summary>
/// The coder's decisions for the FHIR export, from the document's latest revision once it is marked reviewed
/// (a draft decides nothing yet): accepted → <see cref="CodeReviewDecision.Accepted"/>; rejected, or corrected to
/// another code → <see cref="CodeReviewDecision.Rejected"/>, since the suggested code was wrong.
/// </summary>
public sealed class ReviewedCodeDecisions(ReviewService reviews) : ICodeReviewDecisions
{
    public async Task<IReadOnlyDictionary<string, CodeReviewDecision>> ForDocumentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (await reviews.FindLatestAsync(documentId, cancellationToken) is not { Status: ReviewStatus.Reviewed } review)
        {
            return new Dictionary<string, CodeReviewDecision>();
        }
        return review.Decisions.ToDictionary(
            decision => decision.Code,
            decision => decision.Decision == ReviewDecision.Accepted ? CodeReviewDecision.Accepted : CodeReviewDecision.Rejected,
            StringComparer.Ordinal);
    }
}
