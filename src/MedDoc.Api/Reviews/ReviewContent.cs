using MedDoc.Api.Contracts;

namespace MedDoc.Api.Reviews;

/// <summary>What one revision decided, stored as JSON in <c>document_reviews.content_json</c>.</summary>
public sealed record ReviewContent(
    IReadOnlyList<CodeDecisionResponse> Decisions,
    IReadOnlyList<AddedCodeResponse> AddedCodes,
    string? Note)
{
    public static ReviewContent Empty { get; } = new([], [], null);

    /// <summary>The coder's codes: accepted suggestions, corrected codes, added codes; each once, in that order.</summary>
    public IReadOnlyList<string> FinalCodes() =>
    [
        .. Decisions.Select(decision => decision.Decision switch
            {
                ReviewDecision.Accepted => decision.Code,
                ReviewDecision.Corrected => decision.CorrectedCode,
                _ => null,
            })
            .Concat(AddedCodes.Select(added => added.Code))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal),
    ];
}
