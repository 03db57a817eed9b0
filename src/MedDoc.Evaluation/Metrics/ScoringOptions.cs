namespace MedDoc.Evaluation.Metrics;

/// <summary>
/// How codes are scored. <paramref name="ScoredCategories"/> limits false positives to some 3-character
/// categories (the iu-cxr README's scope, <see cref="IuCxrCategories"/>); null scores every code.
/// </summary>
public sealed record ScoringOptions(IReadOnlySet<string>? ScoredCategories = null)
{
    /// <summary>Every code scored.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>The 13 scored categories of the iu-cxr README.</summary>
    public static IReadOnlySet<string> IuCxrCategories { get; } =
        new HashSet<string>(["I51", "J90", "J98", "J43", "J44", "J81", "J93", "J18", "K44", "M41", "R91", "M47", "I70"]);
}
