namespace MedDoc.Evaluation.Gates;

/// <summary>
/// A document whose answer differs from the baseline run: its type and codes before and after, and
/// the direction ("regressed": it passed before and fails now, "improved": the reverse, else "changed").
/// </summary>
public sealed record ChangedDocument(
    string Id,
    string? BaselineType,
    string? CurrentType,
    IReadOnlyList<string> BaselineCodes,
    IReadOnlyList<string> CurrentCodes,
    string Direction);
