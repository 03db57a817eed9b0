namespace MedDoc.Engine.Text;

/// <summary>
/// One non-empty line of a document, white space trimmed at both ends, with its leading "LABEL:" when it has one:
/// "  COMPARISON: CT chest 2010" has <paramref name="Label"/> "comparison" and <paramref name="ContentStart"/> just after
/// the colon. <paramref name="Index"/> counts non-empty lines only.
/// </summary>
public readonly record struct TextLine(int Index, int Start, int End, string? Label, int ContentStart)
{
    private const int MaxLabelLength = 40;

    /// <summary>
    /// The non-empty lines of <paramref name="text"/>. A line ends at the same breaks that start a new line for the
    /// <see cref="Tokenizer"/> (LF, CR, LS, PS, FF, VT), so "A\r\nB" is two lines.
    /// </summary>
    public static IReadOnlyList<TextLine> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<TextLine>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && !Tokenizer.IsLineBreak(text[end]))
            {
                end++;
            }
            var first = start;
            while (first < end && char.IsWhiteSpace(text[first]))
            {
                first++;
            }
            var last = end;
            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }
            if (last > first)
            {
                var (label, contentStart) = ReadLabel(text, first, last);
                lines.Add(new TextLine(lines.Count, first, last, label, contentStart));
            }
            start = end + 1;
        }
        return lines;
    }

    private static (string? Label, int ContentStart) ReadLabel(string text, int start, int end)
    {
        var limit = Math.Min(end, start + MaxLabelLength);
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c == ':')
            {
                var label = text[start..i].Trim().ToLowerInvariant();
                if (label.Contains("  ", StringComparison.Ordinal))
                {
                    label = string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                return (label, i + 1);
            }
            if (!char.IsLetter(c) && c is not (' ' or '/' or '&' or '-' or '(' or ')'))
            {
                break;
            }
        }
        return (null, start);
    }
}
