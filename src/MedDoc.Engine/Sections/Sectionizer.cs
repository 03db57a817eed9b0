using MedDoc.Engine.Text;

namespace MedDoc.Engine.Sections;

/// <summary>
/// Splits a document into sections by their headers ("FINDINGS:", "Impression", "ASSESSMENT AND PLAN").
/// A header starts a line and is followed by a colon or stands alone on its line, in any case; an
/// upper-case header followed by a colon may also start a sentence mid-line ("None. FINDINGS: ...").
/// Text with no headers is one "body" section; text before the first header is a "body" section too.
/// Example: "FINDINGS: Clear lungs." → [findings "Clear lungs."].
/// </summary>
public sealed class Sectionizer(SectionRuleSet rules)
{
    /// <summary>A sectionizer with the embedded rules (Rules/sections.json).</summary>
    public Sectionizer()
        : this(SectionRuleSet.Embedded)
    {
    }

    /// <summary>The rules this sectionizer applies.</summary>
    public SectionRuleSet Rules { get; } = rules;

    /// <summary>The sections of <paramref name="text"/>, in order, each covering the text after its header.</summary>
    public IReadOnlyList<Section> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var headers = FindHeaders(text, tokens);
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

    private List<(string Category, Span Header, int ContentStart)> FindHeaders(string text, IReadOnlyList<Token> tokens)
    {
        var headers = new List<(string, Span, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var startsSentence = i > 0 && tokens[i - 1].Value is "." or ";" or "|";
            if (!token.LineStart && !startsSentence)
            {
                continue;
            }
            var match = Rules.Headers.Match(tokens, i, tokens.Count);
            if (match is null)
            {
                continue;
            }
            var after = match.Tokens.End;
            var last = tokens[after - 1];
            var hasColon = after < tokens.Count && tokens[after].Value == ":" && !tokens[after].LineStart;
            var alone = after == tokens.Count || tokens[after].LineStart;
            var accepted = token.LineStart ? hasColon || alone : hasColon && IsUpperCase(text, token.Start, last.End);
            if (!accepted)
            {
                continue;
            }
            var contentStart = hasColon ? tokens[after].End : last.End;
            headers.Add((match.Value.Category, Span.Of(text, token.Start, last.End), contentStart));
            i = after - 1;
        }
        return headers;
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
