using MedDoc.Engine.Sections;

namespace MedDoc.Engine.Text;

/// <summary>
/// The one reading of a document that every engine stage works from, computed once per document: its
/// <see cref="Tokens"/> (normalised, with offsets into <see cref="Text"/>), its <see cref="Sentences"/> (the one
/// <see cref="SentenceSplitter"/>, which knows clinical abbreviations), its non-empty <see cref="Lines"/> with their
/// "LABEL:" and its <see cref="Sections"/>. No stage tokenises, splits sentences or reads lines again.
/// Example: "FINDINGS: No effusion. C. difficile colitis." → 9 tokens, 2 sentences, 1 line, one "findings" section.
/// </summary>
public sealed class TextModel
{
    private TextModel(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TokenRange> sentences, IReadOnlyList<TextLine> lines, Sectionizer sectionizer)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Lines = lines;
        Sections = sectionizer.Split(text, tokens, lines);
    }

    /// <summary>The document as given.</summary>
    public string Text { get; }

    /// <summary>Every token of <see cref="Text"/>, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences, as ranges of <see cref="Tokens"/>, in order, covering every token.</summary>
    public IReadOnlyList<TokenRange> Sentences { get; }

    /// <summary>The non-empty lines, in order.</summary>
    public IReadOnlyList<TextLine> Lines { get; }

    /// <summary>The sections, in order (a text without headers is one "body" section).</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Reads <paramref name="text"/> with the embedded section rules.</summary>
    public static TextModel Read(string text) => Read(text, Sectionizer.Embedded);

    /// <summary>Reads <paramref name="text"/>, finding sections with <paramref name="sectionizer"/>.</summary>
    public static TextModel Read(string text, Sectionizer sectionizer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sectionizer);
        var tokens = Tokenizer.Tokenize(text);
        return new TextModel(text, tokens, SentenceSplitter.Split(text, tokens), TextLine.Read(text), sectionizer);
    }

    /// <summary>The tokens that lie wholly inside the characters <c>[start, end)</c>.</summary>
    public TokenRange TokensIn(int start, int end)
    {
        var first = FirstTokenAtOrAfter(start);
        var last = first;
        while (last < Tokens.Count && Tokens[last].End <= end)
        {
            last++;
        }
        return new TokenRange(first, last);
    }

    /// <summary>The sentences that overlap <paramref name="range"/>, each cut to it (a section's sentences).</summary>
    public IEnumerable<TokenRange> SentencesIn(TokenRange range)
    {
        if (range.Count <= 0)
        {
            yield break;
        }
        for (var i = SentenceOf(range.Start); i < Sentences.Count && Sentences[i].Start < range.End; i++)
        {
            var start = Math.Max(Sentences[i].Start, range.Start);
            var end = Math.Min(Sentences[i].End, range.End);
            if (end > start)
            {
                yield return new TokenRange(start, end);
            }
        }
    }

    /// <summary>The character spans of the sentences inside the characters <c>[start, end)</c>, from their first token's start to their last token's end.</summary>
    public IEnumerable<(int Start, int End)> SentenceSpans(int start, int end) =>
        SentencesIn(TokensIn(start, end)).Select(sentence => (Tokens[sentence.Start].Start, Tokens[sentence.End - 1].End));

    /// <summary>The index of the sentence holding token <paramref name="token"/>.</summary>
    public int SentenceOf(int token)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Sentences[middle].Start <= token)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low;
    }

    private int FirstTokenAtOrAfter(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
