using MedDoc.Engine.Text;

namespace MedDoc.Engine.Concepts;

/// <summary>
/// An episode the report dates before the time it narrates: "myocardial infarction in 1999" in a report that also names a
/// later year ("evaluated in September 2000") is past, an old myocardial infarction (I25.2, guideline I.C.9.e.4). Read only
/// for concepts with a history code (<see cref="ConceptRule.HistoryCode"/>). The date follows the mention directly ("in
/// 1999", "in March 1999"; not "smoker, operated in 1985", which dates the operation); a report that names no later year leaves the episode current: a case report's own admission
/// "for a myocardial infarction in 2004" is the episode it tells.
/// </summary>
public static class DatedEpisode
{
    private const int FirstYear = 1900;
    private const int LastYear = 2099;

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>The latest year from 1900 to 2099 that <paramref name="tokens"/> write as a number of its own, or null.</summary>
    public static int? LatestYear(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int? latest = null;
        foreach (var token in tokens)
        {
            if (YearOf(token) is { } year && (latest is null || year > latest))
            {
                latest = year;
            }
        }
        return latest;
    }

    /// <summary>
    /// The tokens of the date ("in 1999") that directly follows <paramref name="mention"/> within <paramref name="sentence"/>
    /// when its year is earlier than <paramref name="latestYear"/>, the latest the report names; otherwise null.
    /// </summary>
    public static TokenRange? PastDateAfter(IReadOnlyList<Token> tokens, TokenRange mention, TokenRange sentence, int? latestYear)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (latestYear is null)
        {
            return null;
        }
        var i = mention.End;
        if (i >= sentence.End || tokens[i].Value != "in")
        {
            return null;
        }
        var at = i + 1 < sentence.End && Months.Contains(tokens[i + 1].Value) ? i + 2 : i + 1;
        if (at < sentence.End && YearOf(tokens[at]) is { } year && year < latestYear)
        {
            return new TokenRange(i, at + 1);
        }
        return null;
    }

    private static int? YearOf(Token token) =>
        token.Kind == TokenKind.Number && token.Value.Length == 4 && int.TryParse(token.Value, out var year) && year is >= FirstYear and <= LastYear
            ? year
            : null;
}
