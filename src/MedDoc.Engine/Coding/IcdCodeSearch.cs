namespace MedDoc.Engine.Coding;

/// <summary>
/// Type-ahead search over an <see cref="IcdCatalog"/> by code prefix and title words, ranked.
/// "e11.2" → E11.2 then its children; "diab kid" → titles with a word starting "diab" and one starting
/// "kid" (E11.22 "Type 2 diabetes mellitus with diabetic chronic kidney disease", …); "E11 kidney" →
/// codes under E11 whose title mentions kidney. The index is built once at construction.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class IcdCodeSearch
{
    /// <summary>The most results one search answers.</summary>
    public const int MaxResults = 50;

    private readonly IcdCode[] _entries;
    private readonly string[] _keys;
    private readonly int[] _byKey;
    private readonly string[] _vocabulary;
    private readonly int[][] _postings;
    private readonly int[][] _titleWordIds;

    /// <summary>Indexes every entry of <paramref name="catalog"/>.</summary>
    public IcdCodeSearch(IcdCatalog catalog)
    {
        _entries = [.. catalog.Codes];
        _keys = [.. _entries.Select(entry => IcdCatalog.Key(entry.Code))];
        _byKey = [.. Enumerable.Range(0, _entries.Length).OrderBy(index => _keys[index], StringComparer.Ordinal)];
        var titles = _entries.Select(entry => SearchWords.Of(entry.Title)).ToArray();
        _vocabulary = [.. titles.SelectMany(words => words).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var ids = new Dictionary<string, int>(_vocabulary.Length, StringComparer.Ordinal);
        for (var id = 0; id < _vocabulary.Length; id++)
        {
            ids[_vocabulary[id]] = id;
        }
        _titleWordIds = [.. titles.Select(words => words.Select(word => ids[word]).ToArray())];
        var postings = _vocabulary.Select(_ => new List<int>()).ToArray();
        for (var index = 0; index < _entries.Length; index++)
        {
            foreach (var id in _titleWordIds[index].Distinct())
            {
                postings[id].Add(index);
            }
        }
        _postings = [.. postings.Select(list => list.ToArray())];
    }

    /// <summary>Number of entries searched.</summary>
    public int Count => _entries.Length;

    /// <summary>
    /// At most <paramref name="limit"/> (1..<see cref="MaxResults"/>) entries matching <paramref name="query"/>, best first:
    /// the exact code, then codes under the typed prefix (shorter first), then title matches (whole words before
    /// prefixes, titles starting with the first word, shorter titles, billable codes, tabular order). Empty for a blank query.
    /// </summary>
    public IReadOnlyList<IcdCode> Search(string query, int limit = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxResults);
        var parts = query.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return [];
        }
        var best = new TopRanked(limit);
        if (IsCodeToken(parts[0]))
        {
            var prefix = IcdCatalog.Key(parts[0]);
            var filter = parts.Length > 1 ? SearchWords.Of(parts[1]) : [];
            var filterPostings = filter.Select(PrefixPostings).ToArray();
            foreach (var index in CodeRange(prefix))
            {
                if (filterPostings.All(postings => Array.BinarySearch(postings, index) >= 0))
                {
                    best.Offer(index, CodeRank(index, prefix));
                }
            }
        }
        if (best.Count == 0)
        {
            AddTitleMatches(SearchWords.Of(query), best);
        }
        return [.. best.Indexes().Select(index => _entries[index])];
    }

    // Each query word matches a title word it starts ("diab" → diabetes, diabetic).
    private void AddTitleMatches(IReadOnlyList<string> words, TopRanked best)
    {
        if (words.Count == 0)
        {
            return;
        }
        int[]? matches = null;
        foreach (var word in words.Distinct(StringComparer.Ordinal).OrderByDescending(word => word.Length))
        {
            var postings = PrefixPostings(word);
            matches = matches is null ? postings : Intersect(matches, postings);
            if (matches.Length == 0)
            {
                return;
            }
        }
        var exactIds = words.Select(word => Array.BinarySearch(_vocabulary, word, StringComparer.Ordinal)).ToArray();
        foreach (var index in matches!)
        {
            best.Offer(index, TitleRank(index, words[0], exactIds));
        }
    }

    // Lower is better: the typed code itself, then its descendants level by level.
    private long CodeRank(int index, string prefix) =>
        _keys[index].Length == prefix.Length ? 0 : _keys[index].Length;

    // Lower is better: every word whole, the title starting with the first word, fewer title words, billable.
    // Plain loops: this runs for every match, tens of thousands for a one-letter query.
    private long TitleRank(int index, string firstWord, int[] exactIds)
    {
        var title = _titleWordIds[index];
        var partial = 0;
        foreach (var id in exactIds)
        {
            if (id < 0 || Array.IndexOf(title, id) < 0)
            {
                partial++;
            }
        }
        var startsElsewhere = title.Length > 0 && _vocabulary[title[0]].StartsWith(firstWord, StringComparison.Ordinal) ? 0 : 1;
        var notBillable = _entries[index].Billable ? 0 : 1;
        return 1_000_000L + partial * 100_000L + startsElsewhere * 10_000L + Math.Min(title.Length, 99) * 10L + notBillable;
    }

    private IEnumerable<int> CodeRange(string prefix)
    {
        var position = LowerBound(_byKey.Length, at => string.CompareOrdinal(_keys[_byKey[at]], prefix) < 0);
        for (; position < _byKey.Length && _keys[_byKey[position]].StartsWith(prefix, StringComparison.Ordinal); position++)
        {
            yield return _byKey[position];
        }
    }

    private int[] PrefixPostings(string word)
    {
        var low = LowerBound(_vocabulary.Length, at => string.CompareOrdinal(_vocabulary[at], word) < 0);
        var high = low;
        while (high < _vocabulary.Length && _vocabulary[high].StartsWith(word, StringComparison.Ordinal))
        {
            high++;
        }
        return (high - low) switch
        {
            0 => [],
            1 => _postings[low],
            _ => Union(low, high),
        };
    }

    private int[] Union(int low, int high)
    {
        var seen = new bool[_entries.Length];
        var count = 0;
        for (var position = low; position < high; position++)
        {
            foreach (var index in _postings[position])
            {
                if (!seen[index])
                {
                    seen[index] = true;
                    count++;
                }
            }
        }
        var union = new int[count];
        var next = 0;
        for (var index = 0; index < seen.Length && next < count; index++)
        {
            if (seen[index])
            {
                union[next++] = index;
            }
        }
        return union;
    }

    private static int[] Intersect(int[] left, int[] right)
    {
        var result = new List<int>(Math.Min(left.Length, right.Length));
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                result.Add(left[i]);
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return [.. result];
    }

    private static int LowerBound(int length, Func<int, bool> isBefore)
    {
        int low = 0, high = length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (isBefore(middle))
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

    // A letter, a digit, then letters, digits or a dot ("e1", "I51.7", "m80.08xa"): a code or a code prefix.
    private static bool IsCodeToken(string token) =>
        token.Length >= 2 && char.IsAsciiLetter(token[0]) && char.IsAsciiDigit(token[1])
        && token.All(character => char.IsAsciiLetterOrDigit(character) || character == '.');

    /// <summary>The <c>limit</c> lowest ranks offered, best first; a tie keeps the earlier offer.</summary>
    private sealed class TopRanked(int limit)
    {
        private readonly int[] _indexes = new int[limit];
        private readonly long[] _ranks = new long[limit];

        public int Count { get; private set; }

        public void Offer(int index, long rank)
        {
            if (Count == limit && rank >= _ranks[Count - 1])
            {
                return;
            }
            var position = Count < limit ? Count++ : Count - 1;
            while (position > 0 && _ranks[position - 1] > rank)
            {
                _indexes[position] = _indexes[position - 1];
                _ranks[position] = _ranks[position - 1];
                position--;
            }
            _indexes[position] = index;
            _ranks[position] = rank;
        }

        public IEnumerable<int> Indexes() => _indexes.Take(Count);
    }
}
