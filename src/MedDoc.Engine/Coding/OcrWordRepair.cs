using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Repairs OCR damage to a known vocabulary of long words (the morphology words of neoplasm coding) in a token list,
/// keeping each token's offsets into the original text so evidence stays verbatim and the list its length (so the text
/// model's sentence ranges still apply): a word split in two ("carci noma", "adeno-\ncarcinoma") becomes one token
/// covering both parts, followed by ignorable hyphen tokens in place of the parts it absorbed; the character swaps of OCR ("1"/"l", "0"/"o", "rn"/"m")
/// and one wrong, missing or extra letter in a word of eight letters or more ("adenocarcinorna", "carcinorna",
/// "carcinma"; the first letter only in a word of nine or more: "netastatic"), or a first letter read as two ("I1ETASTATIC"
/// for "METASTATIC"), are read as the vocabulary word. Other tokens are returned unchanged.
/// A token OCR glued from two words, where the case changes inside it ("LungTumor", "DiagnosisRenal", "jRENAL"), is read as
/// its first part that is a vocabulary word or one of the other known words given (site words), its offsets narrowed to that part.
/// A word of its own that is one letter from a vocabulary word ("hematoma" from "hepatoma") is given as a real word and
/// never read as another.
/// Example: tokens of "Urothelial carci noma" → "urothelial", "carcinoma" (the second spanning "carci noma").
/// </summary>
public sealed class OcrWordRepair
{
    private const int MinFuzzyLength = 8;
    private const int MinGluedPart = 4;

    private static readonly System.Buffers.SearchValues<char> OcrCharacters = System.Buffers.SearchValues.Create("1|!05");

    private readonly HashSet<string> _words;
    private readonly HashSet<string> _realWords;

    // The long words a damaged word of each length can be read as (one letter more, fewer or different), in ordinal order.
    private readonly string[][] _longWordsNear;
    private readonly HashSet<string> _gluedParts;

    /// <summary>A repair for <paramref name="vocabulary"/> (lower-case words).</summary>
    public OcrWordRepair(IEnumerable<string> vocabulary)
        : this(vocabulary, [])
    {
    }

    /// <summary>A repair for <paramref name="vocabulary"/> that also reads glued tokens as a vocabulary word or one of <paramref name="otherWords"/> (lower-case).</summary>
    public OcrWordRepair(IEnumerable<string> vocabulary, IEnumerable<string> otherWords)
        : this(vocabulary, otherWords, [])
    {
    }

    /// <summary>
    /// A repair for <paramref name="vocabulary"/> that also reads glued tokens as a vocabulary word or one of
    /// <paramref name="otherWords"/>, and never reads one of <paramref name="realWords"/> as another word (all lower-case).
    /// </summary>
    public OcrWordRepair(IEnumerable<string> vocabulary, IEnumerable<string> otherWords, IEnumerable<string> realWords)
    {
        _words = new HashSet<string>(vocabulary, StringComparer.Ordinal);
        _realWords = new HashSet<string>(realWords, StringComparer.Ordinal);
        var longWords = _words.Where(word => word.Length >= MinFuzzyLength).Order(StringComparer.Ordinal).ToArray();
        var longest = longWords.Select(word => word.Length).DefaultIfEmpty(0).Max();
        _longWordsNear = Enumerable.Range(0, longest + 2)
            .Select(length => longWords.Where(word => Math.Abs(word.Length - length) <= 1).ToArray())
            .ToArray();
        _gluedParts = new HashSet<string>(_words.Concat(otherWords).Where(word => word.Length >= MinGluedPart), StringComparer.Ordinal);
    }

    /// <summary><paramref name="tokens"/> with damaged vocabulary words repaired (the same list when nothing needed repair).</summary>
    public IReadOnlyList<Token> Repair(IReadOnlyList<Token> tokens) => Repair(null, tokens);

    /// <summary>
    /// <paramref name="tokens"/> of <paramref name="text"/> with damaged vocabulary words repaired and glued words read as
    /// their known part (the same list when nothing needed repair).
    /// </summary>
    public IReadOnlyList<Token> Repair(string? text, IReadOnlyList<Token> tokens)
    {
        List<Token>? repaired = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation || _words.Contains(token.Value) || _realWords.Contains(token.Value))
            {
                repaired?.Add(token);
                continue;
            }
            var next = NextWord(tokens, i);
            if (next >= 0 && Known(token.Value + tokens[next].Value) is { } joined)
            {
                repaired ??= tokens.Take(i).ToList();
                repaired.Add(new Token(token.Start, tokens[next].End, joined, TokenKind.Word, token.LineStart));
                for (var k = i + 1; k <= next; k++)
                {
                    repaired.Add(new Token(tokens[k].Start, tokens[k].End, "-", TokenKind.Punctuation, tokens[k].LineStart));
                }
                i = next;
                continue;
            }
            if (Known(token.Value) is { } word)
            {
                repaired ??= tokens.Take(i).ToList();
                repaired.Add(token with { Value = word, Kind = TokenKind.Word });
                continue;
            }
            if (text is not null && token.Kind == TokenKind.Word && Unglued(text, token) is { } part)
            {
                repaired ??= tokens.Take(i).ToList();
                repaired.Add(part);
                continue;
            }
            repaired?.Add(token);
        }
        return repaired ?? tokens;
    }

    // "LungTumor" → "lung", "DiagnosisRenal" → "renal": the parts between the case changes of a glued token (a lower-case
    // letter followed by a capital), the first that is a known word, with its own offsets.
    private Token? Unglued(string text, Token token)
    {
        var start = token.Start;
        for (var i = token.Start + 1; i <= token.End; i++)
        {
            if (i < token.End && !(char.IsLower(text[i - 1]) && char.IsUpper(text[i])))
            {
                continue;
            }
            if (start == token.Start && i == token.End)
            {
                return null;
            }
            var part = text[start..i].ToLowerInvariant();
            if (_gluedParts.Contains(part))
            {
                return new Token(start, i, part, TokenKind.Word, token.LineStart && start == token.Start);
            }
            start = i;
        }
        return null;
    }

    // The next word token, past one hyphen (a word broken at a line end: "adeno-\ncarcinoma"), or -1.
    private static int NextWord(IReadOnlyList<Token> tokens, int i)
    {
        var next = i + 1;
        if (next < tokens.Count && Tokenizer.IsIgnorable(tokens[next]))
        {
            next++;
        }
        return next < tokens.Count && tokens[next].Kind != TokenKind.Punctuation ? next : -1;
    }

    private string? Known(string value)
    {
        if (value.Length < 4)
        {
            return null;
        }
        var folded = FoldOcr(value);
        if (_words.Contains(folded))
        {
            return folded;
        }
        if (folded.Length < MinFuzzyLength - 1)
        {
            return null;
        }
        if (folded.Length >= _longWordsNear.Length)
        {
            return null;
        }
        foreach (var word in _longWordsNear[folded.Length])
        {
            if ((word[0] == folded[0] || folded.Length >= MinFuzzyLength + 1) && Math.Abs(word.Length - folded.Length) <= 1 && WithinOneEdit(word, folded)
                || (folded.Length == word.Length + 1 && string.CompareOrdinal(folded, 2, word, 1, word.Length - 1) == 0))
            {
                return word;
            }
        }
        return null;
    }

    private static string FoldOcr(string value)
    {
        if (!value.AsSpan().ContainsAny(OcrCharacters) && !value.Contains("rn", StringComparison.Ordinal))
        {
            return value;
        }
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '1' or '|' or '!' => 'l',
                '0' => 'o',
                '5' => 's',
                _ => chars[i],
            };
        }
        return new string(chars).Replace("rn", "m", StringComparison.Ordinal);
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var differences = 0;
            for (var i = 0; i < a.Length && differences <= 1; i++)
            {
                differences += a[i] == b[i] ? 0 : 1;
            }
            return differences <= 1;
        }
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var skipped = false;
        for (int i = 0, j = 0; i < shorter.Length; j++)
        {
            if (shorter[i] == longer[j])
            {
                i++;
            }
            else if (skipped)
            {
                return false;
            }
            else
            {
                skipped = true;
            }
        }
        return true;
    }
}
