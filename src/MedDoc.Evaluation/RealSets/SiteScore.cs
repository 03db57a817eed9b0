namespace MedDoc.Evaluation.RealSets;

/// <summary>
/// The primary-site score of TCGA pathology reports (../shared/data/real README): <see cref="Recall"/> is the share of
/// reports with a code in one of their site categories, <see cref="WrongRate"/> the share with a primary malignancy
/// (C00–C76) outside them; secondary sites (C77–C79) are never wrong.
/// </summary>
public sealed record SiteScore(int Reports, int Found, int Wrong)
{
    /// <summary>Found / reports, 0 for no reports.</summary>
    public double Recall => Reports == 0 ? 0 : (double)Found / Reports;

    /// <summary>Wrong / reports, 0 for no reports.</summary>
    public double WrongRate => Reports == 0 ? 0 : (double)Wrong / Reports;

    /// <summary>The score of each report's returned codes against its site categories.</summary>
    public static SiteScore Of(IEnumerable<(IReadOnlyList<string> SiteCategories, IEnumerable<string> Returned)> reports)
    {
        int count = 0, found = 0, wrong = 0;
        foreach (var (sites, returned) in reports)
        {
            var categories = returned.Select(code => code[..3]).ToHashSet(StringComparer.Ordinal);
            count++;
            found += categories.Any(sites.Contains) ? 1 : 0;
            wrong += categories.Any(category => IsPrimaryMalignancy(category) && !sites.Contains(category)) ? 1 : 0;
        }
        return new SiteScore(count, found, wrong);
    }

    /// <summary>"site recall 0.720, wrong site 0.026 (1903 reports)".</summary>
    public override string ToString() => $"site recall {Recall:F3}, wrong site {WrongRate:F3} ({Reports} reports)";

    private static bool IsPrimaryMalignancy(string category) =>
        category[0] == 'C' && int.TryParse(category.AsSpan(1, 2), out var number) && number <= 76;
}
