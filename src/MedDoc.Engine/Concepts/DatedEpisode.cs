using MedDoc.Engine.Text;

namespace MedDoc.Engine.Concepts;

/// <summary>
/// An episode the report dates before the time it narrates: "myocardial infarction in 1999" in a report that also names a
/// later year ("evaluated in September 2000") is past, an old myocardial infarction (I25.2, guideline I.C.9.e.4). Read only
/// for concepts with a history code (<see cref="ConceptRule.HistoryCode"/>) and past procedures (<see cref="ConceptRule.PastProcedure"/>:
/// "kidney transplant in 1999" → Z94.0). The patient's age at it, below the age the report gives, dates it too ("vasectomy at 42
/// years of age" in a 46-year-old). The date follows the mention directly ("in
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

    /// <summary>
    /// The age the report gives the patient ("a 46-year-old man", "a man 46 years old"), its first such statement, or null.
    /// </summary>
    public static int? StatedAge(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || !int.TryParse(tokens[i].Value, out var age))
            {
                continue;
            }
            var next = tokens[i + 1].Value == "-" ? i + 2 : i + 1;
            if (next + 2 < tokens.Count && tokens[next].Value is "year" or "years" && tokens[next + 1].Value == "-" && tokens[next + 2].Value == "old")
            {
                return age;
            }
            if (next + 1 < tokens.Count && tokens[next].Value is "year" or "years" && tokens[next + 1].Value == "old")
            {
                return age;
            }
        }
        return null;
    }

    /// <summary>
    /// The tokens of the patient's age at the mention ("at 42 years of age", "at age 42", "at the age of 42") directly
    /// following <paramref name="mention"/> within <paramref name="sentence"/> when that age is below <paramref name="statedAge"/>,
    /// the age the report gives the patient; otherwise null. "Vasectomy at 42 years of age" in a 46-year-old is past.
    /// </summary>
    public static TokenRange? PastAgeAfter(IReadOnlyList<Token> tokens, TokenRange mention, TokenRange sentence, int? statedAge)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = mention.End;
        if (statedAge is null || i + 2 >= sentence.End || tokens[i].Value != "at")
        {
            return null;
        }
        string Word(int at) => at < sentence.End ? tokens[at].Value : "";
        int? end = null;
        var number = i + 1;
        if (Word(i + 1) == "age")
        {
            number = i + 2;
            end = number + 1;
        }
        else if (Word(i + 1) == "the" && Word(i + 2) == "age" && Word(i + 3) == "of")
        {
            number = i + 4;
            end = number + 1;
        }
        else if (Word(i + 2) is "years" or "year" && Word(i + 3) == "of" && Word(i + 4) == "age")
        {
            end = i + 5;
        }
        if (end is null || number >= sentence.End || tokens[number].Kind != TokenKind.Number
            || !int.TryParse(tokens[number].Value, out var age) || age >= statedAge)
        {
            return null;
        }
        return new TokenRange(i, end.Value);
    }

    private static int? YearOf(Token token) =>
        token.Kind == TokenKind.Number && token.Value.Length == 4 && int.TryParse(token.Value, out var year) && year is >= FirstYear and <= LastYear
            ? year
            : null;
}
