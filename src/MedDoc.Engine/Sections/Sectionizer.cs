using MedDoc.Engine.Text;

namespace MedDoc.Engine.Sections;

/// <summary>
/// Splits a document into sections by their headers ("FINDINGS:", "Impression", "ASSESSMENT AND PLAN").
/// A header starts a line and is followed by a colon or stands alone on its line, in any case; an
/// upper-case header followed by a colon may also start a sentence mid-line ("None. FINDINGS: ...").
/// Text with no headers is one "body" section; text before the first header is a "body" section too. Works on the
/// document's <see cref="TextModel"/> lines and tokens.
/// Example: "FINDINGS: Clear lungs." → [findings "Clear lungs."].
/// </summary>
public sealed class Sectionizer(SectionRuleSet rules)
{
    /// <summary>Longest header, in characters, looked for at a candidate position.</summary>
    private const int HeaderWindow = 64;

    /// <summary>A sectionizer with the embedded rules (Rules/sections.json).</summary>
    public Sectionizer()
        : this(SectionRuleSet.Embedded)
    {
    }

    /// <summary>The sectionizer of the embedded rules, shared.</summary>
    public static Sectionizer Embedded { get; } = new();

    /// <summary>The rules this sectionizer applies.</summary>
    public SectionRuleSet Rules { get; } = rules;

    /// <summary>The sections of <paramref name="text"/> (read into a <see cref="TextModel"/> first; the engine reads each document once).</summary>
    public IReadOnlyList<Section> Split(string text) => TextModel.Read(text, this).Sections;

    /// <summary>The sections of a text whose <paramref name="tokens"/> and <paramref name="lines"/> are read, in order, each covering the text after its header.</summary>
    internal IReadOnlyList<Section> Split(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextLine> lines)
    {
        var headers = FindHeaders(text, tokens, lines);
        var sections = new List<Section>(headers.Count + 1);
        var firstHeaderStart = headers.Count > 0 ? headers[0].Header.Start : text.Length;
        var body = Trimmed(text, 0, firstHeaderStart);
        if (body.Length > 0 || headers.Count == 0 && text.Length > 0)
        {
            sections.Add(new Section(SectionRuleSet.BodyCategory, null, body.Length > 0 ? body : Span.Of(text, 0, 0)));
        }
        for (var i = 0; i < headers.Count; i++)
        {
            var end = i + 1 < headers.Count ? headers[i + 1].Header.Start : text.Length;
            var (category, header, contentStart) = headers[i];
            sections.Add(new Section(category, header, Trimmed(text, contentStart, end)));
        }
        return sections;
    }

    private List<(string Category, Span Header, int ContentStart)> FindHeaders(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextLine> lines)
    {
        var headers = new List<(string, Span, int)>();
        var token = 0;
        foreach (var line in lines)
        {
            var position = line.Start;
            var atLineStart = true;
            while (position < line.End)
            {
                while (token < tokens.Count && tokens[token].Start < position)
                {
                    token++;
                }
                var header = TryHeader(text, tokens, token, position, line.End, atLineStart);
                if (header is { } found)
                {
                    headers.Add(found);
                    position = found.ContentStart;
                }
                else
                {
                    position++;
                }
                position = NextSentenceStart(text, position, line.End);
                atLineStart = false;
            }
        }
        return headers;
    }

    /// <summary>The header starting at <paramref name="position"/> (token <paramref name="first"/> is the first at or after it), if one is there.</summary>
    private (string Category, Span Header, int ContentStart)? TryHeader(string text, IReadOnlyList<Token> tokens, int first, int position, int lineEnd, bool atLineStart)
    {
        while (position < lineEnd && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
        if (position >= lineEnd || !Rules.MayStartHeader(text, position))
        {
            return null;
        }
        var windowEnd = Math.Min(lineEnd, position + HeaderWindow);
        var limit = first;
        while (limit < tokens.Count && tokens[limit].End <= windowEnd)
        {
            limit++;
        }
        var match = Rules.Headers.Match(tokens, first, limit);
        if (match is null)
        {
            return null;
        }
        var last = tokens[match.Tokens.End - 1];
        var after = match.Tokens.End;
        var hasColon = after < limit && tokens[after].Value == ":";
        var alone = after == limit && IsBlank(text, last.End, lineEnd);
        var accepted = atLineStart ? hasColon || alone : hasColon && IsUpperCase(text, tokens[first].Start, last.End);
        if (!accepted)
        {
            return null;
        }
        return (match.Value.Category, Span.Of(text, tokens[first].Start, last.End), hasColon ? tokens[after].End : last.End);
    }

    /// <summary>The next position at or after <paramref name="position"/> that starts a sentence after ".", ";" or "|", or the line end.</summary>
    private static int NextSentenceStart(string text, int position, int lineEnd)
    {
        for (var i = Math.Max(position, 1); i < lineEnd; i++)
        {
            if (text[i - 1] is not ('.' or ';' or '|'))
            {
                continue;
            }
            var next = i;
            while (next < lineEnd && char.IsWhiteSpace(text[next]))
            {
                next++;
            }
            if (next < lineEnd && char.IsUpper(text[next]))
            {
                return next;
            }
            i = next;
        }
        return lineEnd;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsUpperCase(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static Span Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return Span.Of(text, start, end);
    }
}
