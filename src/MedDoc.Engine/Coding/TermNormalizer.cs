using System.Collections.Concurrent;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Brings a word of the text and a word of an ICD-10-CM title to one form, so that both sides compare equal:
/// British spelling to American ("oedema" → "edema"), plural to singular ("calculi" → "calculus", "arteries" →
/// "artery", "stenoses" → "stenosis") and a synonym to the one word both sides use ("renal" → "kidney").
/// The forms need only be consistent, not dictionary lemmas. A germ's species name ("pneumoniae") is kept as written, so
/// it never reads as the disease. Pure and thread-safe; words seen are cached.
/// An eponym's possessive is dropped ("crohn's" → "crohn").
/// Example: "Renal" (token value "renal") → "kidney"; "haematomas" → "hematoma".
/// </summary>
internal sealed class TermNormalizer
{
    private const int CacheLimit = 200_000;

    private readonly (string From, string To)[] _spelling;
    private readonly Dictionary<string, string> _synonyms;
    private readonly HashSet<string> _species;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    // Counted here: ConcurrentDictionary.Count takes every lock of the table, which made each new word a contention point.
    private int _cached;

    /// <summary>A normalizer with the spelling rewrites and synonyms of <paramref name="rules"/>.</summary>
    public TermNormalizer(TerminologyMatchingFile rules)
    {
        _spelling = rules.Spelling.Select(pair => pair.Count == 2
            ? (pair[0], pair[1])
            : throw new InvalidDataException("terminology_matching.json: a spelling entry is not a [british, american] pair.")).ToArray();
        _synonyms = new Dictionary<string, string>(rules.Synonyms, StringComparer.Ordinal);
        _species = new HashSet<string>(rules.SpeciesNames ?? [], StringComparer.Ordinal);
    }

    /// <summary>The common form of the (lower-case) token value <paramref name="word"/>.</summary>
    public string Normalize(string word)
    {
        if (_cache.TryGetValue(word, out var known))
        {
            return known;
        }
        var normal = Compute(word);
        if (Volatile.Read(ref _cached) < CacheLimit && _cache.TryAdd(word, normal))
        {
            Interlocked.Increment(ref _cached);
        }
        return normal;
    }

    private string Compute(string word)
    {
        if (_synonyms.TryGetValue(word, out var synonym))
        {
            return synonym;
        }
        if (word.Length > 3 && word.EndsWith("'s", StringComparison.Ordinal))
        {
            // An eponym reads with or without its possessive: "Duchenne's muscular dystrophy" is the title's "Duchenne".
            return Compute(word[..^2]);
        }
        if (word.Length < 4 || !word.All(char.IsAsciiLetterLower) || _species.Contains(word))
        {
            return word;
        }
        var american = word;
        foreach (var (from, to) in _spelling)
        {
            if (american.Contains(from, StringComparison.Ordinal))
            {
                american = american.Replace(from, to, StringComparison.Ordinal);
            }
        }
        var singular = Singular(american);
        return _synonyms.GetValueOrDefault(singular) ?? singular;
    }

    // Words that end in "s" but are no plurals: "hers" is not "her" (so "her disease" is no Hers disease, E74.09).
    private static readonly HashSet<string> PossessivePronouns = new(["hers", "ours", "yours", "theirs"], StringComparer.Ordinal);

    private static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }
        if (word.Length > 6 && word.EndsWith("oses", StringComparison.Ordinal))
        {
            return word[..^2] + "is";
        }
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal))
        {
            return word[..^2];
        }
        if (word.EndsWith("ae", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        if (PossessivePronouns.Contains(word))
        {
            return word;
        }
        if (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("ys", StringComparison.Ordinal) && !word.EndsWith("as", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word;
    }
}
