namespace MedDoc.Api.Contracts;

/// <summary>
/// Review outcomes of one group (all, a document type, an engine version, a basis, a day). Rates are null
/// when their denominator is 0. acceptance_rate = accepted / suggested (the estimated precision);
/// recall = accepted / (accepted + corrected + added); the category_ rates also count a correction to a
/// code of the same 3-character category as found.
/// </summary>
public sealed record ReviewGroupStats(
    string Key,
    int Documents,
    int Suggested,
    int Accepted,
    int Rejected,
    int Corrected,
    int Added,
    double? AcceptanceRate,
    double? Recall,
    double? CategoryPrecision,
    double? CategoryRecall);

/// <summary>How coders judged one suggested code, with the rejection reasons they gave (reason → count).</summary>
public sealed record ReviewCodeStats(
    string Code,
    string Description,
    int Suggested,
    int Accepted,
    int Rejected,
    int Corrected,
    double? AcceptanceRate,
    IReadOnlyDictionary<string, int> RejectionReasons);

/// <summary>A code coders added because the engine missed it: in how many documents.</summary>
public sealed record MissedCodeStats(string Code, string Title, int Documents);

/// <summary>Answer of GET /api/reviews/stats, over the latest revision of every reviewed document.</summary>
public sealed record ReviewStatsResponse(
    ReviewGroupStats Overall,
    IReadOnlyList<ReviewCodeStats> ByCode,
    IReadOnlyList<ReviewGroupStats> ByDocumentType,
    IReadOnlyList<ReviewGroupStats> ByEngineVersion,
    IReadOnlyList<ReviewGroupStats> ByBasis,
    IReadOnlyList<ReviewGroupStats> ByDay,
    IReadOnlyList<MissedCodeStats> Missed);
