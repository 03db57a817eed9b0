namespace MedDoc.Engine.Text;

/// <summary>
/// The engine's normalization: splits text into word, number and punctuation tokens whose values are
/// case-folded with punctuation variants unified, while each token keeps its offsets into the original
/// text. White space (CRLF, tabs, non-breaking spaces) only separates tokens; control characters are
/// dropped. One linear pass. Example: "Pleural\r\nEFFUSION—small" → "pleural" (0,7), "effusion" (9,17),
/// "-" (17,18), "small" (18,23).
/// </summary>
public static class Tokenizer
{
    /// <summary>The tokens of the whole <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>The tokens of <c>text[start..end)</c>, with offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, int start, int end) => Scan(text, start, end);

    private static List<Token> Scan(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var lineStart = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                lineStart = true;
                i++;
            }
            else if (char.IsWhiteSpace(c) || (char.IsControl(c) && c != '\t'))
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                var tokenEnd = ScanWord(text, i, end, out var kind);
                tokens.Add(new Token(i, tokenEnd, Fold(text, i, tokenEnd), kind, lineStart));
                lineStart = false;
                i = tokenEnd;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var value = length == 2 ? text.Substring(i, 2) : FoldPunctuation(c);
                tokens.Add(new Token(i, i + length, value, TokenKind.Punctuation, lineStart));
                lineStart = false;
                i += length;
            }
        }
        return tokens;
    }

    /// <summary>True for the characters that end a line: LF, CR, LS, PS, FF and VT.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\f' or '\v';

    /// <summary>The normalized values of the tokens of <paramref name="phrase"/>, hyphens dropped ("X-ray" → ["x", "ray"]).</summary>
    public static IReadOnlyList<string> Normalize(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        // A plain loop: the terminology index normalises every title and inclusion term at start-up.
        var tokens = Scan(phrase, 0, phrase.Length);
        var values = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (!IsIgnorable(token))
            {
                values.Add(token.Value);
            }
        }
        return values;
    }

    /// <summary>True for tokens that phrase matching skips on both sides: hyphens ("T-spine" matches "t spine").</summary>
    public static bool IsIgnorable(in Token token) => token.Kind == TokenKind.Punctuation && token.Value == "-";

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\u00B5';

    private static int ScanWord(string text, int start, int end, out TokenKind kind)
    {
        var allDigits = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                allDigits &= char.IsDigit(c);
                i++;
            }
            else if ((c == '.' || c == ',') && allDigits && i + 1 < end && char.IsDigit(text[i + 1]) && i > start)
            {
                // A decimal point or thousands separator between digits stays inside the number: "1.7", "10,000".
                i++;
            }
            else if ((c == '\'' || c == '\u2019') && i + 1 < end && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        kind = allDigits ? TokenKind.Number : TokenKind.Word;
        return i;
    }

    private static string Fold(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var needsFolding = false;
        foreach (var c in span)
        {
            if (char.IsUpper(c) || c == '\u2019' || c > '\u007F')
            {
                needsFolding = true;
                break;
            }
        }
        if (!needsFolding)
        {
            return span.ToString();
        }
        return string.Create(span.Length, (text, start), static (destination, state) =>
        {
            var source = state.text.AsSpan(state.start, destination.Length);
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = source[i] switch
                {
                    '\u2019' => '\'',
                    '\u03BC' or '\u039C' => '\u00B5',
                    var c => char.ToLowerInvariant(c),
                };
            }
        });
    }

    private static string FoldPunctuation(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
        '\u2018' or '\u2019' or '\u02BC' => "'",
        '\u201C' or '\u201D' => "\"",
        '\u2022' or '\u00B7' => "*",
        _ => PunctuationStrings[c < PunctuationStrings.Length ? c : 0] ?? c.ToString(),
    };

    private static readonly string?[] PunctuationStrings = BuildAsciiStrings();

    private static string?[] BuildAsciiStrings()
    {
        var strings = new string?[128];
        for (var c = 33; c < 127; c++)
        {
            strings[c] = ((char)c).ToString();
        }
        return strings;
    }
}
