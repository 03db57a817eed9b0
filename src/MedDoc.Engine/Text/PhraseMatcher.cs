namespace MedDoc.Engine.Text;

/// <summary>
/// A token trie of normalized phrases: finds the longest phrase starting at a token, in time bounded by
/// the longest phrase. Optional skip words may sit between a phrase's tokens ("heart is mildly enlarged"
/// matches "heart is enlarged" when "mildly" is a skip word), at most <see cref="MaxSkipRun"/> in a row.
/// Hyphens are ignored on both sides. Example: phrases {"pleural effusion"} find tokens 1–3 of "No pleural effusion".
/// </summary>
/// <typeparam name="T">What a phrase stands for (a concept, a trigger rule, a section rule).</typeparam>
public sealed class PhraseMatcher<T>
    where T : class
{
    /// <summary>Most skip words allowed between two tokens of a phrase.</summary>
    public const int MaxSkipRun = 3;

    private readonly Node _root = new();
    private readonly HashSet<string> _skipWords;

    /// <summary>A matcher that allows <paramref name="skipWords"/> inside phrases (none by default).</summary>
    public PhraseMatcher(IEnumerable<string>? skipWords = null) =>
        _skipWords = new HashSet<string>(skipWords ?? [], StringComparer.Ordinal);

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
        if (start >= limit || Tokenizer.IsIgnorable(tokens[start]))
        {
            return null;
        }
        var node = _root;
        PhraseMatch<T>? best = null;
        var i = start;
        var skipped = 0;
        while (i < limit)
        {
            var token = tokens[i];
            if (Tokenizer.IsIgnorable(token) && node != _root)
            {
                i++;
                continue;
            }
            if (node.Next is not null && node.Next.TryGetValue(token.Value, out var child))
            {
                node = child;
                skipped = 0;
                i++;
                if (node.Value is not null)
                {
                    best = new PhraseMatch<T>(node.Value, new TokenRange(start, i));
                }
            }
            else if (node != _root && skipped < MaxSkipRun && _skipWords.Contains(token.Value))
            {
                skipped++;
                i++;
            }
            else
            {
                break;
            }
        }
        return best;
    }

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
