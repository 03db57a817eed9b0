using MedDoc.Fhir;

namespace MedDoc.Api.Fhir;

/// <summary>No review was stored: every exported code stays a provisional suggestion.</summary>
public sealed class NoCodeReviewDecisions : ICodeReviewDecisions
{
    private static readonly IReadOnlyDictionary<string, CodeReviewDecision> None = new Dictionary<string, CodeReviewDecision>();

    public Task<IReadOnlyDictionary<string, CodeReviewDecision>> ForDocumentAsync(Guid documentId, CancellationToken cancellationToken) =>
        Task.FromResult(None);
}
