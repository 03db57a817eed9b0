using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Repairs OCR damage to a known vocabulary of long words (the morphology words of neoplasm coding) in a token list,
/// keeping each token's offsets into the original text so evidence stays verbatim and the list its length (so the text
/// model's sentence ranges still apply): a word split in two ("carci noma", "adeno-\ncarcinoma") becomes one token
/// covering both parts, followed by ignorable hyphen tokens in place of the parts it absorbed; the character swaps of OCR ("1"/"l", "0"/"o", "rn"/"m")
/// and one wrong, missing or extra letter in a word of eight letters or more ("adenocarcinorna", "carcinorna",
/// "carcinma"; the first letter only in a word of nine or more: "netastatic"), besides one "m" read as "h" or "n"
/// ("HETASTATrC", "carcincna"), two letters of a word of nine or more each read as a look-alike ("Adanocarainoma"), or a first letter read as two ("I1ETASTATIC" for "METASTATIC"), are read as the vocabulary word. Other tokens are returned unchanged.
/// A token OCR glued from two words, where the case changes inside it ("LungTumor", "DiagnosisRenal", "jRENAL") or digits
/// follow its letters ("carcinoma250"), is read as
/// its first part that is a vocabulary word or one of the other known words given (site words), its offsets narrowed to that part.
/// A word of its own that is one letter from a vocabulary word ("hematoma" from "hepatoma") is given as a real word and
/// never read as another. One of the other known words (a site word) that OCR split into two or three short runs of letters
/// on one line ("CER VIX", "Pr ost ate") is read as that word, never from a real word ("test is" is no "testis").
/// Example: tokens of "Urothelial carci noma" → "urothelial", "carcinoma" (the second spanning "carci noma").
/// </summary>
public sealed class OcrWordRepair
{
    private const int MinFuzzyLength = 8;
    private const int MinGluedPart = 4;

    private static readonly System.Buffers.SearchValues<char> OcrCharacters = System.Buffers.SearchValues.Create("1|!05");

    // Words that share no ends with a damaged word are never one edit from it: the fuzzy search looks only at the long
    // words that begin or end with the damaged word's first or last three letters.
    private const int EndLength = 3;

    // Words no longer than this are folded and joined on the stack.
    private const int StackWordLength = 128;

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly HashSet<string> _realWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _modifiers;

    // The long words a damaged word of each length can be read as (one letter more, fewer or different), in ordinal
    // order, grouped by their first three letters and by their last three.
    private readonly EndIndex[] _longWordsNear;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _gluedParts;

    // The other known words (site words) long enough to be read from parts OCR split on one line ("CER VIX", "Pr ost ate").
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _splitWordsBySpan;

    private const int MinSplitWord = 6;

    private const int MaxSplitParts = 3;

    private const int MaxSplitPart = 4;

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
        : this(vocabulary, otherWords, realWords, [])
    {
    }

    /// <summary>
    /// A repair as above that also reads a token OCR glued from a modifier and a vocabulary word in one case
    /// ("cellcarcinoma", "SEROUSADENOCARCINOMA") as the vocabulary word, when the modifier is one of
    /// <paramref name="modifiers"/> (the words of the morphology terms that name a primary: "squamous cell", "serous").
    /// </summary>
    public OcrWordRepair(IEnumerable<string> vocabulary, IEnumerable<string> otherWords, IEnumerable<string> realWords, IEnumerable<string> modifiers)
    {
        _modifiers = new HashSet<string>(modifiers.Where(word => word.Length >= MinGluedPart), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _words = new HashSet<string>(vocabulary, StringComparer.Ordinal);
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _realWords = new HashSet<string>(realWords, StringComparer.Ordinal);
        var longWords = _words.Where(word => word.Length >= MinFuzzyLength).Order(StringComparer.Ordinal).ToArray();
        var longest = longWords.Select(word => word.Length).DefaultIfEmpty(0).Max();
        _longWordsNear = Enumerable.Range(0, longest + 2)
            .Select(length => new EndIndex(longWords.Where(word => Math.Abs(word.Length - length) <= 1)))
            .ToArray();
        var others = otherWords.ToArray();
        _gluedParts = new HashSet<string>(_words.Concat(others).Where(word => word.Length >= MinGluedPart), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _splitWordsBySpan = new HashSet<string>(others.Where(word => word.Length >= MinSplitWord && word.All(char.IsLetter)), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
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
            if (next >= 0 && KnownJoined(token.Value, tokens[next].Value) is { } joined)
            {
                repaired ??= tokens.Take(i).ToList();
                AddSpanning(repaired, tokens, i, next, joined);
                i = next;
                continue;
            }
            if (SplitWordEnd(tokens, i) is var (end, whole))
            {
                repaired ??= tokens.Take(i).ToList();
                AddSpanning(repaired, tokens, i, end, whole);
                i = end;
                continue;
            }
            if (Known(token.Value) is { } word)
            {
                repaired ??= tokens.Take(i).ToList();
                repaired.Add(token with { Value = word, Kind = TokenKind.Word });
                continue;
            }
            if (text is not null && token.Kind == TokenKind.Word && (Unglued(text, token) ?? GluedToModifier(token)) is { } part)
            {
                repaired ??= tokens.Take(i).ToList();
                repaired.Add(part);
                continue;
            }
            repaired?.Add(token);
        }
        return repaired ?? tokens;
    }

    // "LungTumor" → "lung", "DiagnosisRenal" → "renal", "CARCINOMAGender" → "carcinoma": the parts between the case changes
    // of a glued token, the first that is a known word, with its own offsets.
    private Token? Unglued(string text, Token token)
    {
        var start = token.Start;
        var buffer = token.Length <= StackWordLength ? stackalloc char[token.Length] : new char[token.Length];
        for (var i = token.Start + 1; i <= token.End; i++)
        {
            if (i < token.End && !StartsGluedWord(text, i, token.End))
            {
                continue;
            }
            if (start == token.Start && i == token.End)
            {
                return null;
            }
            var length = i - start;
            var lower = buffer[..length];
            text.AsSpan(start, length).ToLowerInvariant(lower);
            if (_gluedParts.TryGetValue(lower, out var part))
            {
                return new Token(start, i, part, TokenKind.Word, token.LineStart && start == token.Start);
            }
            start = i;
        }
        return null;
    }

    // "cellcarcinoma" → "carcinoma", "SEROUSADENOCARCINOMA" → "adenocarcinoma": a long vocabulary word that ends a token
    // after one modifier of a primary morphology, with its own offsets ("nonneoplastic", "withoutmetastasis" and
    // "metastaticcarcinoma" keep their meaning: "non", "without" and "metastatic" are no such modifier).
    private Token? GluedToModifier(Token token)
    {
        var value = token.Value.AsSpan();
        if (_modifiers.Set.Count == 0 || value.Length != token.Length)
        {
            return null;
        }
        for (var split = MinGluedPart; split <= value.Length - MinFuzzyLength; split++)
        {
            if (_modifiers.Contains(value[..split]) && _wordsBySpan.TryGetValue(value[split..], out var word) && word.Length >= MinFuzzyLength)
            {
                return new Token(token.Start + split, token.End, word, TokenKind.Word, false);
            }
        }
        return null;
    }

    // A word starts at index i of a glued token: a lower-case letter followed by a capital ("LungTumor"), a capital that
    // opens a lower-case word after a word in capitals ("CARCINOMAGender"), or digits after letters ("carcinoma250",
    // "Cervix11": a number OCR ran onto the word).
    private static bool StartsGluedWord(string text, int i, int end) =>
        char.IsUpper(text[i]) && (char.IsLower(text[i - 1]) || char.IsUpper(text[i - 1]) && i + 1 < end && char.IsLower(text[i + 1]))
        || char.IsAsciiDigit(text[i]) && char.IsLetter(text[i - 1]);

    // One word read over tokens[first..last]: a token covering them all, then ignorable hyphens in place of the parts it
    // absorbed, so the list keeps its length.
    private static void AddSpanning(List<Token> repaired, IReadOnlyList<Token> tokens, int first, int last, string word)
    {
        repaired.Add(new Token(tokens[first].Start, tokens[last].End, word, TokenKind.Word, tokens[first].LineStart));
        for (var k = first + 1; k <= last; k++)
        {
            repaired.Add(new Token(tokens[k].Start, tokens[k].End, "-", TokenKind.Punctuation, tokens[k].LineStart));
        }
    }

    // A known word OCR split into two or three short letter runs on one line ("CER VIX" → "cervix", "Pr ost ate" →
    // "prostate"): the index of its last part and the word, or null.
    private (int End, string Word)? SplitWordEnd(IReadOnlyList<Token> tokens, int i)
    {
        if (_splitWordsBySpan.Set.Count == 0 || !IsSplitPart(tokens[i]))
        {
            return null;
        }
        Span<char> joined = stackalloc char[MaxSplitParts * MaxSplitPart];
        tokens[i].Value.AsSpan().CopyTo(joined);
        var length = tokens[i].Value.Length;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + MaxSplitParts); k++)
        {
            if (!IsSplitPart(tokens[k]) || tokens[k].LineStart || tokens[k].Start == tokens[k - 1].End)
            {
                return null;
            }
            tokens[k].Value.AsSpan().CopyTo(joined[length..]);
            length += tokens[k].Value.Length;
            if (_splitWordsBySpan.TryGetValue(joined[..length], out var word))
            {
                return (k, word);
            }
        }
        return null;
    }

    // A short run of letters, no real word of its own ("test is" is no testis): the words of a phrase ("lymph node") are
    // longer.
    private bool IsSplitPart(Token token) =>
        token.Kind == TokenKind.Word && token.Value.Length <= MaxSplitPart && AllLetters(token.Value) && !_realWords.Contains(token.Value);

    // A loop, not LINQ: this runs for every short token of every pathology report.
    private static bool AllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
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

    // The vocabulary word two tokens joined read as ("carci" + "noma" → "carcinoma"), joined on the stack: most pairs are no word.
    private string? KnownJoined(string first, string second)
    {
        var length = first.Length + second.Length;
        var joined = length <= StackWordLength ? stackalloc char[length] : new char[length];
        first.AsSpan().CopyTo(joined);
        second.AsSpan().CopyTo(joined[first.Length..]);
        return Known(joined);
    }

    private string? Known(ReadOnlySpan<char> value)
    {
        if (value.Length < 4)
        {
            return null;
        }
        var buffer = value.Length <= StackWordLength ? stackalloc char[value.Length] : new char[value.Length];
        var folded = FoldOcr(value, buffer);
        if (_wordsBySpan.TryGetValue(folded, out var known))
        {
            return known;
        }
        if (folded.Length < MinFuzzyLength - 1)
        {
            return null;
        }
        if (folded.Length >= _longWordsNear.Length)
        {
            return null;
        }
        if (Near(folded, folded) is { } near)
        {
            return near;
        }
        // An "m" read as "h" or "n" in the first or last letters hides the word from the index under its own ends.
        if (!folded.ContainsAny('h', 'n'))
        {
            return null;
        }
        var withM = value.Length <= StackWordLength ? stackalloc char[folded.Length] : new char[folded.Length];
        folded.CopyTo(withM);
        withM.Replace('h', 'm');
        withM.Replace('n', 'm');
        return Near(withM, folded);
    }

    // The first long word near folded in ordinal order, among those that share an end with key, as a scan of them all would find it.
    private string? Near(ReadOnlySpan<char> key, ReadOnlySpan<char> folded)
    {
        var (byFirst, byLast) = _longWordsNear[folded.Length].Candidates(key);
        for (int f = 0, l = 0; f < byFirst.Length || l < byLast.Length;)
        {
            var order = f == byFirst.Length ? 1 : l == byLast.Length ? -1 : string.CompareOrdinal(byFirst[f], byLast[l]);
            var word = order <= 0 ? byFirst[f] : byLast[l];
            f += order <= 0 ? 1 : 0;
            l += order >= 0 ? 1 : 0;
            if (IsNear(word, folded))
            {
                return word;
            }
        }
        return null;
    }

    // One letter more, fewer or different (the first only in a long word), or a first letter read as two ("I1ETASTATIC"),
    // or, in a word of nine letters or more, two letters each read as one of its look-alikes ("adanocarainoma").
    private static bool IsNear(string word, ReadOnlySpan<char> folded) =>
        (word[0] == folded[0] || folded.Length >= MinFuzzyLength + 1) && Math.Abs(word.Length - folded.Length) <= 1 && WithinOneEdit(word, folded)
        || (folded.Length == word.Length + 1 && folded[2..].SequenceEqual(word.AsSpan(1)))
        || (folded.Length >= MinFuzzyLength + 1 && folded.Length == word.Length && WithinTwoLookAlikes(word, folded));

    // Letters a poor scan reads as one another: the round ones ("adanocarainoma", "garciuoma") and the upright strokes
    // ("adenocarcjnama", "adenocarolnoma").
    private static readonly string[] LookAlikes = ["aceog", "ijlt", "nu"];

    // A loop, not Array.Exists: a lambda capturing the two letters would allocate for every letter compared.
    private static bool IsLookAlike(char a, char b)
    {
        if (IsMisreadM(a, b))
        {
            return true;
        }
        foreach (var group in LookAlikes)
        {
            if (group.Contains(a) && group.Contains(b))
            {
                return true;
            }
        }
        return false;
    }

    // At most two letters different, each one of the other's look-alikes.
    private static bool WithinTwoLookAlikes(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var differences = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && (!IsLookAlike(a[i], b[i]) || ++differences > 2))
            {
                return false;
            }
        }
        return true;
    }

    // The OCR swaps undone ("1" → "l", "0" → "o", "5" → "s", then "rn" → "m"), written into buffer when any applies.
    private static ReadOnlySpan<char> FoldOcr(ReadOnlySpan<char> value, Span<char> buffer)
    {
        if (!value.ContainsAny(OcrCharacters) && !value.Contains("rn", StringComparison.Ordinal))
        {
            return value;
        }
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            // No swap writes an "r" or an "n", so "rn" can be read off the unswapped text in the same pass.
            if (value[i] == 'r' && i + 1 < value.Length && value[i + 1] == 'n')
            {
                buffer[length++] = 'm';
                i++;
                continue;
            }
            buffer[length++] = value[i] switch
            {
                '1' or '|' or '!' => 'l',
                '0' => 'o',
                '5' => 's',
                var other => other,
            };
        }
        return buffer[..length];
    }

    // An "m" a poor scan read as "h" or "n" ("HETASTATIC", "CARCINCNA"): in a word of the same length it costs no edit, once.
    private static bool IsMisreadM(char a, char b) => a == 'm' && b is 'h' or 'n' || b == 'm' && a is 'h' or 'n';

    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == b.Length)
        {
            var differences = 0;
            var misreadM = false;
            for (var i = 0; i < a.Length && differences <= 1; i++)
            {
                if (a[i] == b[i])
                {
                    continue;
                }
                if (!misreadM && IsMisreadM(a[i], b[i]))
                {
                    misreadM = true;
                    continue;
                }
                differences++;
            }
            return differences <= 1;
        }
        var shorter = a.Length < b.Length ? a : b;
        var longer = a.Length < b.Length ? b : a;
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

    /// <summary>
    /// Long words grouped by their first and by their last <see cref="EndLength"/> letters. A word one edit (or one
    /// first letter read as two) from another of at least seven letters keeps one of those ends: the edit cannot reach
    /// both.
    /// </summary>
    private sealed class EndIndex
    {
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byLast;

        /// <summary>An index of <paramref name="words"/> (in ordinal order, each at least seven letters long).</summary>
        public EndIndex(IEnumerable<string> words)
        {
            var list = words.ToArray();
            _byFirst = Group(list, word => word[..EndLength]);
            _byLast = Group(list, word => word[^EndLength..]);
        }

        /// <summary>The words that begin as <paramref name="word"/> begins and those that end as it ends, each in ordinal order.</summary>
        public (string[] ByFirst, string[] ByLast) Candidates(ReadOnlySpan<char> word) =>
            (_byFirst.TryGetValue(word[..EndLength], out var byFirst) ? byFirst : [],
             _byLast.TryGetValue(word[^EndLength..], out var byLast) ? byLast : []);

        private static Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Group(string[] words, Func<string, string> end) =>
            words.GroupBy(end, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
