namespace MedDoc.Engine.Text;

/// <summary>
/// Where a short form written in the text stands for something other than the condition it abbreviates: the short form a
/// parenthesis gives the words before it ("a mild septal defect (MI)": those words are what it stands for, and they are read
/// on their own), or part of a compound name joined by a hyphen to a code-like word ("123I-MI" scintigraphy, a tracer;
/// "post-MI" stays the infarction), or the label of a field in an examination or review of systems ("MS: full range of
/// motion", the musculoskeletal system; "Assessment: MS, stable" stays multiple sclerosis), or the target of an antibody or a
/// drug after "anti-" ("anti-GBM antibodies", glomerular basement membrane, no glioblastoma; "anti-TNF therapy"; any term
/// so joined, see <see cref="FollowsAnti"/>: "anti-insulin antibodies"), or written right before "antibodies" ("GAD antibodies",
/// glutamic acid decarboxylase, no generalized anxiety disorder). Pure
/// functions over the text and the short form's character span.
/// </summary>
public static class AbbreviationUse
{
    /// <summary>True when the short form at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> names something else.</summary>
    public static bool StandsForSomethingElse(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DefinesWordsBefore(text, start, end) || JoinsCodeLikeWord(text, start, end) || LabelsAField(text, end) || FollowsAnti(text, start)
               || NamesAnAntibodysTarget(text, end);
    }

    // "GAD antibodies 0.2 KU/L": a short form right before "antibody" or "antibodies" names what the antibody binds (glutamic
    // acid decarboxylase), not the condition it also abbreviates (generalized anxiety disorder).
    private static bool NamesAnAntibodysTarget(string text, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }
        if (next == end)
        {
            return false;
        }
        var word = WordStartingAt(text, next);
        return word.Equals("antibody", StringComparison.OrdinalIgnoreCase) || word.Equals("antibodies", StringComparison.OrdinalIgnoreCase)
               || word.Equals("autoantibodies", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the word at <paramref name="start"/> is hyphen-joined after the word "anti": what an antibody or a drug acts
    /// against ("anti-GBM antibodies", "anti-insulin antibodies"), not the condition or therapy the word names on its own.
    /// </summary>
    public static bool FollowsAnti(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        return start >= 5 && text[start - 1] == '-' && WordEndingAt(text, start - 1).Equals("anti", StringComparison.OrdinalIgnoreCase);
    }

    // "MS: strength 5/5": a colon right after the short form makes it the label of what follows.
    private static bool LabelsAField(string text, int end)
    {
        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return after < text.Length && text[after] == ':';
    }

    // "(MI)" right after a word: the parenthesis names the words before it by their initials.
    private static bool DefinesWordsBefore(string text, int start, int end)
    {
        if (start < 2 || end >= text.Length || text[start - 1] != '(' || text[end] != ')')
        {
            return false;
        }
        var before = start - 2;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        return before >= 0 && char.IsLetterOrDigit(text[before]);
    }

    // Joined by a hyphen to a word holding a digit or written all in capitals.
    private static bool JoinsCodeLikeWord(string text, int start, int end) =>
        (start >= 2 && text[start - 1] == '-' && IsCodeLike(WordEndingAt(text, start - 1)))
        || (end + 1 < text.Length && text[end] == '-' && IsCodeLike(WordStartingAt(text, end + 1)));

    private static ReadOnlySpan<char> WordEndingAt(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }
        return text.AsSpan(start, end - start);
    }

    private static ReadOnlySpan<char> WordStartingAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }
        return text.AsSpan(start, end - start);
    }

    private static bool IsCodeLike(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        var digit = false;
        var lower = false;
        foreach (var c in word)
        {
            digit |= char.IsDigit(c);
            lower |= char.IsLower(c);
        }
        return digit || !lower;
    }
}
