namespace MedDoc.Evaluation.RealSets;

/// <summary>
/// One document of a real set (../shared/data/real, gzip JSON Lines): its id and text and whichever labels its set has:
/// <paramref name="ExpectedType"/> (MTSamples, TCGA), <paramref name="ExpectedCodes"/> (CodiEsp, codes with their dot) and
/// <paramref name="SiteCategories"/> (TCGA, the ICD-10-CM categories of the primary site, "C34").
/// </summary>
public sealed record RealSetDocument(
    string Id,
    string Text,
    string? ExpectedType,
    IReadOnlyList<string>? ExpectedCodes,
    IReadOnlyList<string>? SiteCategories);
