using MedDoc.Api.Contracts;

namespace MedDoc.Api.Reviews;

/// <summary>
/// What a revision changed compared with the one before, code by code: "J90: accepted → rejected (negated)",
/// "R91.8: — → added". Codes whose decision stayed the same are not listed.
/// </summary>
public static class ReviewChanges
{
    public static IReadOnlyList<ReviewChangeResponse> Between(ReviewContent before, ReviewContent after)
    {
        var old = Describe(before);
        var current = Describe(after);
        return
        [
            .. old.Keys.Concat(current.Keys).Distinct(StringComparer.Ordinal)
                .Select(code => new ReviewChangeResponse(code, old.GetValueOrDefault(code), current.GetValueOrDefault(code)))
                .Where(change => change.Before != change.After),
        ];
    }

    private static Dictionary<string, string> Describe(ReviewContent content)
    {
        var described = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var decision in content.Decisions)
        {
            described[decision.Code] = decision.Decision switch
            {
                ReviewDecision.Accepted => "accepted",
                ReviewDecision.Rejected => $"rejected ({WireName.Of(decision.Reason ?? RejectionReason.Other)})",
                _ => $"corrected to {decision.CorrectedCode}",
            };
        }
        foreach (var added in content.AddedCodes)
        {
            described[added.Code] = "added";
        }
        return described;
    }
}
