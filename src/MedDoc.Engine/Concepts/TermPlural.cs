namespace MedDoc.Engine.Concepts;

/// <summary>
/// The regular English plural of a concept term's last word, so that a lexicon lists the singular and still finds the
/// plural ("urinary infection" → "urinary infections", "adenopathy" → "adenopathies", "stenosis" → "stenoses"). Null when
/// the last word is short, not plain lower-case letters, or already ends like a plural (s, x, ch, sh). Pure.
/// </summary>
public static class TermPlural
{
    /// <summary>The plural of <paramref name="term"/>, or null when it has no regular one.</summary>
    public static string? Of(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var space = term.LastIndexOf(' ');
        var last = term[(space + 1)..];
        if (last.Length < 4 || !last.All(char.IsAsciiLetterLower))
        {
            return null;
        }
        var head = term[..(space + 1)];
        if (last.EndsWith("sis", StringComparison.Ordinal))
        {
            return head + last[..^2] + "es";
        }
        if (last[^1] is 's' or 'x' || last.EndsWith("ch", StringComparison.Ordinal) || last.EndsWith("sh", StringComparison.Ordinal))
        {
            return null;
        }
        if (last[^1] == 'y' && last[^2] is not ('a' or 'e' or 'i' or 'o' or 'u'))
        {
            return head + last[..^1] + "ies";
        }
        return head + last + "s";
    }
}
