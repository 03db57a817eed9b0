namespace MedDoc.Engine.Text;

/// <summary>
/// A token trie of normalized phrases: finds the longest phrase starting at a token, in time bounded by
/// the longest phrase. Optional skip words may sit between a phrase's tokens ("heart is mildly enlarged"
/// matches "heart is enlarged" when "mildly" is a skip word), at most <see cref="MaxSkipRun"/> in a row unless the
/// matcher is built with other limits. A run of "and"/"or" alone joins two items, so it is not skipped: "cold and sore
/// throat" is no "cold sore", while "acute and chronic cholecystitis" skips "and chronic".
/// Hyphens are ignored on both sides. A phrase word <see cref="AnyNumber"/> stands for any number the text writes there
/// ("smoked # cigarettes a day" matches "smoked 20 cigarettes a day"); a number written in the phrase matches only itself
/// and is tried first ("type 2 diabetes"). Example: phrases {"pleural effusion"} find tokens 1–3 of "No pleural effusion".
/// </summary>
/// <typeparam name="T">What a phrase stands for (a concept, a trigger rule, a section rule).</typeparam>
public sealed class PhraseMatcher<T>
    where T : class
{
    /// <summary>Most skip words allowed between two tokens of a phrase.</summary>
    public const int MaxSkipRun = 3;

    /// <summary>Most skip words allowed in one match.</summary>
    public const int MaxSkipsPerMatch = 5;

    /// <summary>The phrase word that matches any number token.</summary>
    public const string AnyNumber = "#";

    private readonly Node _root = new();
    private readonly HashSet<string> _skipWords;
    private readonly int _maxSkipRun;
    private readonly int _maxSkipsPerMatch;

    /// <summary>A matcher that allows <paramref name="skipWords"/> inside phrases (none by default).</summary>
    public PhraseMatcher(IEnumerable<string>? skipWords = null)
        : this(skipWords, MaxSkipRun, MaxSkipsPerMatch)
    {
    }

    /// <summary>A matcher that allows up to <paramref name="maxSkipRun"/> <paramref name="skipWords"/> in a row inside phrases, <paramref name="maxSkipsPerMatch"/> in all.</summary>
    public PhraseMatcher(IEnumerable<string>? skipWords, int maxSkipRun, int maxSkipsPerMatch)
    {
        _skipWords = new HashSet<string>(skipWords ?? [], StringComparer.Ordinal);
        _maxSkipRun = maxSkipRun;
        _maxSkipsPerMatch = maxSkipsPerMatch;
    }

    /// <summary>Adds <paramref name="phrase"/>; returns false (and keeps the first) when it is already present.</summary>
    public bool Add(string phrase, T value)
    {
        var words = Tokenizer.Normalize(phrase);
        if (words.Count == 0)
        {
            throw new ArgumentException($"Phrase '{phrase}' has no tokens.", nameof(phrase));
        }
        var node = _root;
        foreach (var word in words)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(word, out var child))
            {
                child = new Node();
                node.Next[word] = child;
            }
            node = child;
        }
        if (node.Value is not null)
        {
            return false;
        }
        node.Value = value;
        return true;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending by <paramref name="limit"/>, or null.</summary>
    public PhraseMatch<T>? Match(IReadOnlyList<Token> tokens, int start, int limit)
    {
        if (start >= limit || Tokenizer.IsIgnorable(tokens[start]) || _root.Next is null
            || Next(_root.Next, tokens[start]) is not { } first)
        {
            return null;
        }
        var bestEnd = first.Value is null ? -1 : start + 1;
        var bestValue = first.Value;
        Walk(tokens, start + 1, limit, first, 0, false, _maxSkipsPerMatch, ref bestEnd, ref bestValue);
        return bestValue is null ? null : new PhraseMatch<T>(bestValue, new TokenRange(start, bestEnd));
    }

    /// <summary>
    /// Depth-first search from <paramref name="node"/> (reached at token <paramref name="i"/>), trying the
    /// phrase's next word and, when the token is a skip word, skipping it; both branches are tried so that
    /// "aorta is tortuous and atherosclerotic" finds "aorta is atherosclerotic" past the shorter
    /// "aorta is tortuous". Depth and skips are bounded, so the work per start token is bounded.
    /// </summary>
    private void Walk(IReadOnlyList<Token> tokens, int i, int limit, Node node, int skipRun, bool runHasWord, int skipsLeft, ref int bestEnd, ref T? bestValue)
    {
        while (i < limit && Tokenizer.IsIgnorable(tokens[i]))
        {
            i++;
        }
        if (i >= limit || node.Next is null)
        {
            return;
        }
        var value = tokens[i].Value;
        if ((skipRun == 0 || runHasWord) && Next(node.Next, tokens[i]) is { } child)
        {
            if (child.Value is not null && i + 1 > bestEnd)
            {
                bestEnd = i + 1;
                bestValue = child.Value;
            }
            Walk(tokens, i + 1, limit, child, 0, false, skipsLeft, ref bestEnd, ref bestValue);
        }
        if (skipRun < _maxSkipRun && skipsLeft > 0 && _skipWords.Contains(value))
        {
            Walk(tokens, i + 1, limit, node, skipRun + 1, runHasWord || value is not ("and" or "or"), skipsLeft - 1, ref bestEnd, ref bestValue);
        }
    }

    // The node a token leads to: its own word, else the any-number word for a number.
    private static Node? Next(Dictionary<string, Node> next, in Token token) =>
        next.TryGetValue(token.Value, out var child) || (token.Kind == TokenKind.Number && next.TryGetValue(AnyNumber, out child)) ? child : null;

    /// <summary>Every non-overlapping longest match in <c>tokens[range]</c>, scanning left to right.</summary>
    public IReadOnlyList<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens, TokenRange range)
    {
        var matches = new List<PhraseMatch<T>>();
        var i = range.Start;
        while (i < range.End)
        {
            var match = Match(tokens, i, range.End);
            if (match is null)
            {
                i++;
                continue;
            }
            matches.Add(match);
            i = match.Tokens.End;
        }
        return matches;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public T? Value;
    }
}
