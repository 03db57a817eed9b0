namespace MedDoc.Evaluation.Metrics;

/// <summary>
/// Compares returned codes with expected and acceptable ones, as the iu-cxr README scores them.
/// Codes are compared in their tabular form (<see cref="Normalize"/>). A returned code is a true positive when
/// expected, waived when acceptable (an acceptable 3-character entry such as "M47" covers the
/// category), unscored when its category is outside the scored categories (null: all
/// scored), and otherwise a false positive. Example: expected [J90], acceptable [M47], returned
/// [J90, M47.814, I51.7] → TP J90, waived M47.814, FP I51.7.
/// </summary>
public static class CodeScorer
{
    /// <summary>The code in its tabular form, through the catalog's one normaliser ("j90 " → "J90", "e119" → "E11.9").</summary>
    public static string Normalize(string code) => MedDoc.Engine.Coding.IcdCatalog.WithDot(code);

    /// <summary>The 3-character category of a code ("M47.814" → "M47").</summary>
    public static string Category(string code)
    {
        var normalized = Normalize(code);
        return normalized.Length <= 3 ? normalized : normalized[..3];
    }

    /// <summary>True when <paramref name="code"/> is acceptable: listed exactly, or its category is listed as a 3-character entry.</summary>
    public static bool IsAcceptable(string code, IEnumerable<string> acceptable)
    {
        var normalized = Normalize(code);
        var category = Category(code);
        return acceptable.Select(Normalize).Any(entry => entry == normalized || (entry.Length == 3 && entry == category));
    }

    /// <summary>Scores exact codes.</summary>
    public static CodeScore ScoreExact(
        IReadOnlyList<string> expected, IReadOnlyList<string> acceptable, IReadOnlyList<string> returned, IReadOnlySet<string>? scoredCategories = null)
    {
        var expectedSet = expected.Select(Normalize).ToHashSet();
        var returnedSet = returned.Select(Normalize).Distinct().ToArray();
        var tp = new List<string>();
        var fp = new List<string>();
        var waived = new List<string>();
        var unscored = new List<string>();
        foreach (var code in returnedSet)
        {
            if (expectedSet.Contains(code))
            {
                tp.Add(code);
            }
            else if (scoredCategories is not null && !scoredCategories.Contains(Category(code)))
            {
                unscored.Add(code);
            }
            else if (IsAcceptable(code, acceptable))
            {
                waived.Add(code);
            }
            else
            {
                fp.Add(code);
            }
        }
        var fn = expectedSet.Where(code => !returnedSet.Contains(code)).ToList();
        return new CodeScore(Sorted(tp), Sorted(fp), Sorted(fn), Sorted(waived), Sorted(unscored));
    }

    /// <summary>
    /// Scores 3-character categories: a returned sibling of an expected code is a hit (J81.0 for J81.1);
    /// a category counts as one false positive when it is not expected and at least one returned code in
    /// it is a false positive at exact level.
    /// </summary>
    public static CodeScore ScoreCategory(
        IReadOnlyList<string> expected, IReadOnlyList<string> acceptable, IReadOnlyList<string> returned, IReadOnlySet<string>? scoredCategories = null)
    {
        var exact = ScoreExact(expected, acceptable, returned, scoredCategories);
        var expectedCategories = expected.Select(Category).ToHashSet();
        var returnedCategories = returned.Select(Category).ToHashSet();
        var tp = returnedCategories.Where(expectedCategories.Contains).ToList();
        var fn = expectedCategories.Where(category => !returnedCategories.Contains(category)).ToList();
        var fpCategories = exact.FalsePositives.Select(Category).Where(category => !expectedCategories.Contains(category)).Distinct().ToList();
        var waived = exact.Waived.Select(Category).Where(category => !expectedCategories.Contains(category) && !fpCategories.Contains(category)).Distinct().ToList();
        var unscored = exact.Unscored.Select(Category).Where(category => !expectedCategories.Contains(category)).Distinct().ToList();
        return new CodeScore(Sorted(tp), Sorted(fpCategories), Sorted(fn), Sorted(waived), Sorted(unscored));
    }

    private static string[] Sorted(IEnumerable<string> codes) => codes.Order(StringComparer.Ordinal).ToArray();
}
