using MedDoc.Api.Contracts;
using MedDoc.Api.Reviews;
using MedDoc.Contracts;
using MedDoc.Engine;

namespace MedDoc.Api.Tests.Reviews;

/// <summary>Acceptance, recall and category rates worked out by hand on three small reviews.</summary>
public sealed class ReviewStatisticsTests
{
    private static CodeDecisionResponse Decision(string code, ReviewDecision decision, CodeBasis basis = CodeBasis.Documented, RejectionReason? reason = null, string? corrected = null) =>
        new(code, "title of " + code, basis, decision, reason, corrected, corrected is null ? null : "title of " + corrected, null);

    private static AddedCodeResponse Added(string code) => new(code, "title of " + code, new SpanResponse(0, 4, "text"), null);

    private static ReviewRevisionResponse Review(string type, string engine, string day, IReadOnlyList<CodeDecisionResponse> decisions, params AddedCodeResponse[] added) =>
        new(1, "local", DateTime.Parse(day + "T10:00:00Z").ToUniversalTime(), ReviewStatus.Reviewed, engine, type, decisions, added, null, [], []);

    // Doc 1 (X-RAY, v1): I51.7 accepted, J90 rejected (negated), + J18.9 added.
    // Doc 2 (X-RAY, v2): I51.7 accepted, E11.9 corrected to E11.22 (same category).
    // Doc 3 (CBC, v2): D64.9 (lab) corrected to D50.9 (other category), + R91.8 added.
    private static readonly ReviewStatsResponse Stats = ReviewStatistics.Compute(
    [
        Review("X-RAY", "v1", "2026-12-01", [Decision("I51.7", ReviewDecision.Accepted), Decision("J90", ReviewDecision.Rejected, reason: RejectionReason.Negated)], Added("J18.9")),
        Review("X-RAY", "v2", "2026-12-02", [Decision("I51.7", ReviewDecision.Accepted), Decision("E11.9", ReviewDecision.Corrected, corrected: "E11.22")]),
        Review("COMPLETE BLOOD COUNT", "v2", "2026-12-02", [Decision("D64.9", ReviewDecision.Corrected, CodeBasis.LabValue, corrected: "D50.9")], Added("R91.8")),
    ]);

    [Fact]
    public void OverallCountsEveryDecisionOfEveryReview()
    {
        // 5 suggested: 2 accepted, 1 rejected, 2 corrected; final codes 2 + 2 + 2 added = 6; same-category hits 2 + 1.
        Assert.Equal(new ReviewGroupStats("all", 3, 5, 2, 1, 2, 2, 0.4, 0.3333, 0.6, 0.5), Stats.Overall);
    }

    [Fact]
    public void GroupsByDocumentTypeEngineVersionAndDay()
    {
        Assert.Equal(["COMPLETE BLOOD COUNT", "X-RAY"], Stats.ByDocumentType.Select(group => group.Key));
        Assert.Equal(new ReviewGroupStats("X-RAY", 2, 4, 2, 1, 1, 1, 0.5, 0.5, 0.75, 0.75), Stats.ByDocumentType[1]);
        Assert.Equal(["v1", "v2"], Stats.ByEngineVersion.Select(group => group.Key));
        Assert.Equal(2, Stats.ByEngineVersion[1].Documents);
        Assert.Equal(["2026-12-01", "2026-12-02"], Stats.ByDay.Select(group => group.Key));
    }

    [Fact]
    public void ByBasisCountsOnlyDecisions()
    {
        var lab = Stats.ByBasis.Single(group => group.Key == "lab_value");
        Assert.Equal(new ReviewGroupStats("lab_value", 1, 1, 0, 0, 1, 0, 0, 0, 0, 0), lab);
    }

    [Fact]
    public void ByCodeListsMostSuggestedFirstWithRejectionReasons()
    {
        Assert.Equal("I51.7", Stats.ByCode[0].Code);
        Assert.Equal(1.0, Stats.ByCode[0].AcceptanceRate);
        var effusion = Stats.ByCode.Single(code => code.Code == "J90");
        Assert.Equal(0.0, effusion.AcceptanceRate);
        Assert.Equal(1, effusion.RejectionReasons["negated"]);
    }

    [Fact]
    public void MissedListsAddedCodesByDocumentCount()
    {
        Assert.Equal(["J18.9", "R91.8"], Stats.Missed.Select(code => code.Code));
    }

    [Fact]
    public void NoReviewsMeansNoRates()
    {
        var empty = ReviewStatistics.Compute([]);

        Assert.Equal(new ReviewGroupStats("all", 0, 0, 0, 0, 0, 0, null, null, null, null), empty.Overall);
        Assert.Empty(empty.ByCode);
    }
}
