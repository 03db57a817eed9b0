using MedDoc.Fhir;

namespace MedDoc.Api.Fhir;

/// <summary>
/// The coder's decisions on a stored document's suggested codes, by code ("J90" → Rejected), which set each
/// Condition's verificationStatus in the FHIR export. The API registers the review loop's
/// <see cref="Reviews.ReviewedCodeDecisions"/>; <see cref="NoCodeReviewDecisions"/> is the default without one.
/// </summary>
public interface ICodeReviewDecisions
{
    Task<IReadOnlyDictionary<string, CodeReviewDecision>> ForDocumentAsync(Guid documentId, CancellationToken cancellationToken);
}
