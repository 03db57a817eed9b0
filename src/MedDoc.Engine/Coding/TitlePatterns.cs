using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Writes the match patterns of one ICD-10-CM title or inclusion term with the conventions of the classification
/// (Official Guidelines I.A): parenthesised words are non-essential modifiers ("Essential (primary) hypertension" →
/// "essential hypertension" and "essential primary hypertension"), square brackets hold an alternative wording and
/// are dropped, NOS/NEC/"unspecified"/"uncomplicated" and a trailing "without …" state no specificity and are
/// dropped ("Acute pancreatitis without necrosis or infection, unspecified" → "acute pancreatitis"), a hyphenated
/// word also matches joined ("gastro-esophageal" → "gastroesophageal"), "X of Y" also matches as "Y X" and "X in Y"
/// ("Calculus of kidney" → "kidney calculus", "calculus in the kidney"), "X in Y" as "Y X" ("Calculus in bladder" →
/// "bladder calculus"), "X due to Y" also as "Y X", "X secondary to Y" and "X caused by Y"
/// ("Pneumonia due to Pseudomonas" → "pseudomonas pneumonia"). Titles that are category scaffolding ("Other …", "Encounter for …",
/// "Personal history of …", "… in diseases classified elsewhere"), patterns of generic words only ("chronic disease")
/// and one-word patterns that name no diagnosis ("kidney", "failure") give none.
/// </summary>
internal sealed class TitlePatterns
{
    private const int MostWordsAroundOf = 3;

    // One conjunct of a coordination ranks behind every pattern its title writes whole.
    private const int ConjunctRank = 2;

    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal) { "with", "and", "or", "in", "due", "without", "by", "of", "to", "from", "on" };

    private readonly TerminologyMatchingFile _rules;
    private readonly TermNormalizer _normalizer;
    private readonly HashSet<string> _removedWords;
    private readonly HashSet<string> _generic;
    private readonly HashSet<string> _vague;
    private readonly string[] _removedPhrases;
    private readonly string[] _skippedStarts;
    private readonly string[][] _causeLinks;
    private readonly HashSet<string> _namesNoCondition;
    private readonly HashSet<string> _organs;

    /// <summary>A writer with the conventions of <paramref name="rules"/>, normalising words with <paramref name="normalizer"/>.</summary>
    public TitlePatterns(TerminologyMatchingFile rules, TermNormalizer normalizer)
    {
        _rules = rules;
        _normalizer = normalizer;
        _removedWords = rules.RemovedWords.ToHashSet(StringComparer.Ordinal);
        _generic = rules.GenericWords.Select(normalizer.Normalize).Concat(rules.GenericWords).ToHashSet(StringComparer.Ordinal);
        _vague = rules.VagueWords.Select(normalizer.Normalize).Concat(rules.VagueWords).ToHashSet(StringComparer.Ordinal);
        // Longest first, so "of unspecified site" goes before "unspecified site" can leave "of" behind.
        _removedPhrases = rules.RemovedPhrases.OrderByDescending(phrase => phrase.Length).Select(phrase => " " + phrase).ToArray();
        _skippedStarts = rules.SkippedTitleStarts.Select(start => start + " ").ToArray();
        _causeLinks = rules.CauseLinks.Select(link => Tokenizer.Normalize(link).Select(normalizer.Normalize).ToArray()).ToArray();
        _namesNoCondition = (rules.AnatomyOnlyTerms ?? []).Concat(rules.SubstanceOnlyTerms ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _organs = (rules.OrganNouns ?? []).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True for a title that is category scaffolding ("Other …", "… in diseases classified elsewhere"): no code of its own is stated in those words.</summary>
    public bool IsScaffolding(string title)
    {
        var lower = title.ToLowerInvariant().Trim() + " ";
        return _skippedStarts.Any(start => lower.StartsWith(start, StringComparison.Ordinal))
            || _rules.SkippedTitlePhrases.Any(phrase => lower.Contains(phrase, StringComparison.Ordinal));
    }

    /// <summary>
    /// The patterns of <paramref name="title"/>, without duplicates; none for scaffolding titles and anatomy- or substance-only terms.
    /// Only a code's own title (<paramref name="isTitle"/>) splits its coordinations: an inclusion term often leans on the
    /// title for its head ("Congenital or infantile spasm" under pyloric stenosis), so "infantile spasm" alone would
    /// name the wrong disease.
    /// </summary>
    public IReadOnlyList<TitlePattern> Write(string title, bool isTitle = true)
    {
        if (IsScaffolding(title) || _namesNoCondition.Contains(title.Trim()))
        {
            return [];
        }
        var lower = title.ToLowerInvariant().Trim();
        var patterns = new List<TitlePattern>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var letterA = NamesTheLetterA(title);
        AddTitle(RemoveGroups(lower, '[', ']'), patterns, seen, letterA, isTitle);
        if (BracketedSynonym(title) is { } synonym)
        {
            AddTitle(synonym, patterns, seen, letterA, isTitle);
        }
        return patterns;
    }

    // "Third [oculomotor] nerve palsy" also reads "oculomotor nerve palsy": a bracketed lower-case word is an alternative
    // wording of the word before it (Official Guidelines I.A.7). A capitalised one is an abbreviation or an eponym of the
    // whole phrase ("virus [HIV] disease", "arthropathy [Jaccoud]") and replaces nothing.
    private static string? BracketedSynonym(string title)
    {
        var open = title.IndexOf('[', StringComparison.Ordinal);
        if (open <= 0)
        {
            return null;
        }
        var close = title.IndexOf(']', open);
        var word = close > open ? title[(open + 1)..close] : "";
        if (word.Length == 0 || !word.All(c => char.IsLower(c) || c is '-' or '\'') || title[open - 1] != ' ')
        {
            return null;
        }
        var before = title.LastIndexOf(' ', open - 2) + 1;
        var rest = title[(close + 1)..];
        return RemoveGroups((title[..before] + word + rest).ToLowerInvariant().Trim(), '[', ']');
    }

    private void AddTitle(string title, List<TitlePattern> patterns, HashSet<string> seen, bool letterA, bool isTitle)
    {
        var text = " " + title + " ";
        foreach (var phrase in _removedPhrases)
        {
            var at = text.IndexOf(phrase, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + phrase.Length;
                if (end < text.Length && text[end] is ' ' or ',')
                {
                    text = text.Remove(at, phrase.Length);
                    at = text.IndexOf(phrase, at, StringComparison.Ordinal);
                }
                else
                {
                    at = text.IndexOf(phrase, end, StringComparison.Ordinal);
                }
            }
        }
        var segments = text.Split(',').Select(CutWithout).Select(segment => segment.Trim()).Where(segment => segment.Length > 0).ToArray();
        if (segments.Length == 0)
        {
            return;
        }
        var joined = string.Join(" ", segments);
        foreach (var (variant, rank) in ModifierVariants(joined))
        {
            AddWords(variant, rank, patterns, seen, letterA, isTitle);
            if (variant.Contains('-'))
            {
                AddWords(variant.Replace("-", "", StringComparison.Ordinal), rank, patterns, seen, letterA, isTitle);
            }
        }
    }

    /// <summary>
    /// True when <paramref name="title"/> writes a capital "A" after a word: the letter of a type ("Vitamin A deficiency",
    /// "Streptococcus, group A", "Hepatitis A"), which must stay in the pattern, not the article "a" the conventions drop
    /// (without it "Vitamin A deficiency" would read as any "vitamin deficiency").
    /// </summary>
    private static bool NamesTheLetterA(string title)
    {
        for (var at = title.IndexOf(" A", StringComparison.Ordinal); at > 0; at = title.IndexOf(" A", at + 1, StringComparison.Ordinal))
        {
            var end = at + 2;
            if ((char.IsLetter(title[at - 1]) || title[at - 1] == ',') && (end == title.Length || !char.IsLetterOrDigit(title[end])))
            {
                return true;
            }
        }
        return false;
    }

    private void AddWords(string variant, int rank, List<TitlePattern> patterns, HashSet<string> seen, bool letterA, bool splitsCoordination)
    {
        var words = Tokenizer.Normalize(variant)
            .Where(word => char.IsLetterOrDigit(word[0]) && (!_removedWords.Contains(word) || (letterA && word == "a")))
            .Select(_normalizer.Normalize)
            .ToArray();
        AddWithVariants(words, rank, patterns, seen, splitsCoordination);
    }

    private void AddWithVariants(string[] words, int rank, List<TitlePattern> patterns, HashSet<string> seen, bool splitsCoordination)
    {
        Add(words, rank, patterns, seen);
        // "Calculus of kidney" and "Calculus in bladder" name the site after the link: "kidney calculus", "bladder calculus";
        // the site after "of" also reads after "in" ("calculus in the kidney").
        var link = Array.FindIndex(words, word => word is "of" or "in");
        if (link > 0 && link <= MostWordsAroundOf && words.Length - link - 1 <= MostWordsAroundOf && words.Length - link - 1 > 0
            && !words.Where((word, i) => i != link && Linking.Contains(word)).Any())
        {
            Add([.. words[(link + 1)..], .. words[..link]], rank + 1, patterns, seen);
            if (words[link] == "of")
            {
                Add([.. words[..link], "in", .. words[(link + 1)..]], rank + 1, patterns, seen);
            }
        }
        else if (words.Length is 2 or 3 && _organs.Contains(words[^2]) && !Linking.Contains(words[^1]) && !_organs.Contains(words[^1])
                 && (words.Length == 2 || !Linking.Contains(words[0]) && !_organs.Contains(words[0])))
        {
            // "Testicular pain" (testis pain) and "Optic nerve hypoplasia" name the organ before its condition: also "pain of
            // testis", "pain in testis", "hypoplasia of optic nerve".
            Add([words[^1], "of", .. words[..^1]], rank + 1, patterns, seen);
            Add([words[^1], "in", .. words[..^1]], rank + 1, patterns, seen);
        }
        AddCauseVariants(words, rank, patterns, seen);
        foreach (var conjunct in splitsCoordination ? Conjuncts(words) : [])
        {
            AddWithVariants(conjunct, rank + ConjunctRank, patterns, seen, splitsCoordination);
        }
    }

    // Guideline I.A.14 reads "and" in a title as "and/or": "Duchenne or Becker muscular dystrophy" is also "Duchenne muscular
    // dystrophy" and "Becker muscular dystrophy", "Disorder of kidney and ureter" also "disorder of kidney". The first
    // coordination of two single words splits; the recursion splits the next one. A conjunct left as one word gives no
    // pattern: "Synovitis and tenosynovitis" does not make every "synovitis" this code, nor "Broad- or
    // floating-betalipoproteinemia" every "broad".
    private static IEnumerable<string[]> Conjuncts(string[] words)
    {
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (words[i] is "or" or "and" && !Linking.Contains(words[i - 1]) && !Linking.Contains(words[i + 1]))
            {
                string[][] both = [[.. words[..i], .. words[(i + 2)..]], [.. words[..(i - 1)], .. words[(i + 1)..]]];
                return both.Where(conjunct => conjunct.Length > 1);
            }
        }
        return [];
    }

    // "Pneumonia due to Pseudomonas" also reads "Pseudomonas pneumonia" and, in the text's words for the link, "pneumonia
    // secondary to Pseudomonas", "pneumonia caused by Pseudomonas".
    private void AddCauseVariants(string[] words, int rank, List<TitlePattern> patterns, HashSet<string> seen)
    {
        var due = Array.IndexOf(words, "due");
        if (due <= 0 || due > MostWordsAroundOf || due + 2 >= words.Length || words[due + 1] != "to" || words.Length - due - 2 > MostWordsAroundOf + 1
            || words.Where((word, i) => i != due && i != due + 1 && Linking.Contains(word)).Any())
        {
            return;
        }
        var condition = words[..due];
        var cause = words[(due + 2)..];
        Add([.. cause, .. condition], rank + 1, patterns, seen);
        foreach (var link in _causeLinks)
        {
            Add([.. condition, .. link, .. cause], rank + 1, patterns, seen);
        }
    }

    private void Add(string[] words, int rank, List<TitlePattern> patterns, HashSet<string> seen)
    {
        if (words.Length == 0 || words.All(_generic.Contains) || (words.Length == 1 && (words[0].Length < 4 || _vague.Contains(words[0]))))
        {
            return;
        }
        if (seen.Add(string.Join(' ', words)))
        {
            patterns.Add(new TitlePattern(words, rank));
        }
    }

    /// <summary>
    /// The text without its parenthesised groups (rank 0), then with each group's words put back alone (rank 1), in place
    /// and in front, since a modifier written after its main term reads before it in a note ("hypertension (systemic)" →
    /// "systemic hypertension").
    /// </summary>
    private static IEnumerable<(string Text, int Rank)> ModifierVariants(string text)
    {
        var groups = new List<(int Start, int End)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(' && open < 0)
            {
                open = i;
            }
            else if (text[i] == ')' && open >= 0)
            {
                groups.Add((open, i + 1));
                open = -1;
            }
        }
        yield return (Without(text, groups, keep: -1), 0);
        var essential = Without(text, groups, keep: -1);
        for (var kept = 0; kept < groups.Count; kept++)
        {
            yield return (Without(text, groups, kept), 1);
            yield return (text[(groups[kept].Start + 1)..(groups[kept].End - 1)] + " " + essential, 1);
        }
    }

    private static string Without(string text, List<(int Start, int End)> groups, int keep)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var at = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            result.Append(text, at, groups[g].Start - at).Append(' ');
            if (g == keep)
            {
                result.Append(text, groups[g].Start + 1, groups[g].End - groups[g].Start - 2).Append(' ');
            }
            at = groups[g].End;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    private static string RemoveGroups(string text, char open, char close)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == open)
            {
                depth++;
            }
            else if (c == close && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    // "… without complications" and "… without necrosis or infection" state the default: the words before stand alone.
    private static string CutWithout(string segment)
    {
        var without = segment.IndexOf(" without ", StringComparison.Ordinal);
        return without > 0 ? segment[..without] : segment;
    }
}
