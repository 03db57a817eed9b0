namespace MedDoc.Engine.Coding;

/// <summary>
/// The side and body site a heading line names for the findings written under it: a line of at most
/// <see cref="MaxWords"/> words, all of them side or site words ("RIGHT KNEE:", "Left hip.", "Left shoulder"), above the
/// finding's line in the same paragraph, or opening the finding's own line before a colon ("RIGHT KNEE: moderate
/// effusion"). TERMINOLOGY.md: laterality may come from a nearby header, never from another condition's sentence, so only
/// such a line counts, the nearest one, and a blank line ends its reach. Pure.
/// Example: "LEFT HIP:\nSevere osteoarthritis." → side Left, site words ["hip"] for "osteoarthritis".
/// </summary>
public static class HeadingSite
{
    /// <summary>The most words a heading line may hold.</summary>
    public const int MaxWords = 4;

    /// <summary>How many lines above a finding its heading may be.</summary>
    public const int MaxLinesAbove = 6;

    private static readonly HashSet<string> SideWords = new(StringComparer.Ordinal) { "right", "left", "bilateral", "both" };

    // Body sites a heading names (the joints and limb regions of LimbSite, and their plain limb words).
    private static readonly HashSet<string> SiteWords = new(StringComparer.Ordinal)
    {
        "shoulder", "shoulders", "elbow", "elbows", "forearm", "wrist", "wrists", "hand", "hands", "finger", "fingers", "thumb",
        "hip", "hips", "thigh", "knee", "knees", "leg", "legs", "ankle", "ankles", "foot", "feet", "toe", "toes", "heel", "arm",
        "arms", "upper", "lower", "extremity", "extremities", "limb", "joint",
    };

    /// <summary>True when <paramref name="word"/> (lower case) names a joint or a limb region ("knee", "hip", "forearm").</summary>
    public static bool IsLimbSiteWord(string word) => SiteWords.Contains(word) && word is not ("upper" or "lower" or "joint");

    /// <summary>The heading above (or opening the line of) the text at <paramref name="start"/>, or null when there is none.</summary>
    public static SiteHeading? Above(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineStart = start <= 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var colon = text.IndexOf(':', lineStart, start - lineStart);
        if (colon > lineStart && Read(text.AsSpan(lineStart, colon - lineStart), colon) is { } opening)
        {
            return opening;
        }
        for (var lines = 0; lines < MaxLinesAbove && lineStart > 0; lines++)
        {
            var end = lineStart - 1;
            lineStart = end <= 0 ? 0 : text.LastIndexOf('\n', end - 1) + 1;
            var line = text.AsSpan(lineStart, end - lineStart).Trim();
            if (line.IsEmpty)
            {
                return null;
            }
            if (Read(line, end) is { } heading)
            {
                return heading;
            }
        }
        return null;
    }

    /// <summary>The longest line that can be a heading: <see cref="MaxWords"/> side or site words and their separators.</summary>
    private const int MaxLength = 60;

    // A heading's side and site words, or null when the line is not a heading. A longer line (a paragraph of prose) is
    // turned down before any of it is copied.
    private static SiteHeading? Read(ReadOnlySpan<char> line, int end)
    {
        if (line.Trim().Length > MaxLength)
        {
            return null;
        }
        var words = line.ToString().Trim().TrimEnd(':', '.').ToLowerInvariant()
            .Split([' ', '\t', '/', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords || !words.All(word => SideWords.Contains(word) || SiteWords.Contains(word)))
        {
            return null;
        }
        var sides = words.Where(SideWords.Contains).Select(word => word switch
        {
            "right" => BodySide.Right,
            "left" => BodySide.Left,
            _ => BodySide.Bilateral,
        }).Distinct().ToArray();
        var side = sides.Length == 1 ? sides[0] : BodySide.Unspecified;
        var sites = words.Where(SiteWords.Contains).ToArray();
        return side == BodySide.Unspecified && sites.Length == 0 ? null : new SiteHeading(side, sites, end);
    }
}
