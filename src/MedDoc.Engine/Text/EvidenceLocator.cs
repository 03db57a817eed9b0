namespace MedDoc.Engine.Text;

/// <summary>
/// Finds a quoted evidence string in the original document and returns its exact <see cref="Span"/>:
/// the one place where evidence written by someone else (Claude) is re-anchored in the text.
/// Whitespace is tolerant (any run of white space in either string matches any other run), the
/// match is tried case-sensitively first and case-insensitively second, and the returned span always
/// cuts verbatim text out of the original. Example: in "Small left\n  pleural effusion." the quote
/// "left pleural effusion" is found as Span(6, 30, "left\n  pleural effusion").
/// Pure and linear in the lengths of both strings (Knuth–Morris–Pratt over whitespace-collapsed text).
/// </summary>
public static class EvidenceLocator
{
    /// <summary>
    /// The first occurrence of <paramref name="evidence"/> in <paramref name="text"/>, or null when it
    /// does not occur (or is empty or white space). "no acute disease" in "IMPRESSION: No acute disease."
    /// is found case-insensitively as Span(12, 28, "No acute disease").
    /// </summary>
    public static Span? Find(string text, string evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var needle = Collapse(evidence, keepMap: false).Text;
        if (needle.Length == 0 || text.Length == 0)
        {
            return null;
        }
        var haystack = Collapse(text, keepMap: true);
        var found = IndexOf(haystack.Text, needle, ignoreCase: false);
        if (found < 0)
        {
            found = IndexOf(haystack.Text, needle, ignoreCase: true);
        }
        if (found < 0)
        {
            return null;
        }
        var start = haystack.Map![found];
        var end = haystack.Map[found + needle.Length - 1] + 1;
        return Span.Of(text, start, end);
    }

    /// <summary>
    /// Trims the text and replaces every run of white space by one space; with <paramref name="keepMap"/>
    /// also records the original index of every kept character (a collapsed run maps to its first character).
    /// </summary>
    private static CollapsedText Collapse(string source, bool keepMap)
    {
        var builder = new System.Text.StringBuilder(source.Length);
        var map = keepMap ? new List<int>(source.Length) : null;
        var pendingSpace = -1;
        for (var i = 0; i < source.Length; i++)
        {
            if (char.IsWhiteSpace(source[i]))
            {
                if (pendingSpace < 0 && builder.Length > 0)
                {
                    pendingSpace = i;
                }
                continue;
            }
            if (pendingSpace >= 0)
            {
                builder.Append(' ');
                map?.Add(pendingSpace);
                pendingSpace = -1;
            }
            builder.Append(source[i]);
            map?.Add(i);
        }
        return new CollapsedText(builder.ToString(), map?.ToArray());
    }

    /// <summary>Knuth–Morris–Pratt search: index of the first match of <paramref name="pattern"/>, or -1.</summary>
    private static int IndexOf(string text, string pattern, bool ignoreCase)
    {
        var failure = new int[pattern.Length];
        for (int i = 1, k = 0; i < pattern.Length; i++)
        {
            while (k > 0 && !Same(pattern[i], pattern[k], ignoreCase))
            {
                k = failure[k - 1];
            }
            if (Same(pattern[i], pattern[k], ignoreCase))
            {
                k++;
            }
            failure[i] = k;
        }
        for (int i = 0, k = 0; i < text.Length; i++)
        {
            while (k > 0 && !Same(text[i], pattern[k], ignoreCase))
            {
                k = failure[k - 1];
            }
            if (Same(text[i], pattern[k], ignoreCase))
            {
                k++;
            }
            if (k == pattern.Length)
            {
                return i - pattern.Length + 1;
            }
        }
        return -1;
    }

    private static bool Same(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));

    private sealed record CollapsedText(string Text, int[]? Map);
}
