namespace MedDoc.Engine.Classification;

/// <summary>
/// One non-empty line of a document: "COMPARISON: CT chest 2010" has label "comparison" and content after the colon.
/// </summary>
internal readonly record struct TextLine(int Index, int Start, int End, string? Label, int ContentStart)
{
    /// <summary>The non-empty lines of <paramref name="text"/> with their leading "LABEL:" when they have one.</summary>
    public static List<TextLine> Read(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
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
        const int maxLabelLength = 40;
        var limit = Math.Min(end, start + maxLabelLength);
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
