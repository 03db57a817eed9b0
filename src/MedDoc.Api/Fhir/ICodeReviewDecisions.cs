using MedDoc.Fhir;

namespace MedDoc.Api.Fhir;

/// <summary>
/// The coder's decisions on a stored document's suggested codes, by code ("J90" → Rejected), which set each
/// Condition's verificationStatus in the FHIR export. The review loop (issue #12) stores them; until it registers
/// its own implementation, <see cref="NoCodeReviewDecisions"/> answers that no code was reviewed.
/// </summary>
public interface ICodeReviewDecisions
{
    Task<IReadOnlyDictionary<string, CodeReviewDecision>> ForDocumentAsync(Guid documentId, CancellationToken cancellationToken);
}
