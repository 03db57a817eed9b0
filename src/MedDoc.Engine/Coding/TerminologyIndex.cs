using System.Runtime.CompilerServices;
using MedDoc.Engine.Rules;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Every match pattern that the ICD-10-CM titles and inclusion terms of a terminology give (<see cref="TitlePatterns"/>),
/// compiled once into a token trie over normalised words (<see cref="TermNormalizer"/>), plus the abbreviations of
/// Rules/terminology_matching.json. A pattern codes one billable code: a category's inclusion term codes its
/// unspecified child; when several codes share a pattern, the one reached with fewer rewrites wins, then, within one
/// category, the unspecified code; a pattern shared by different categories at the same distance is dropped as
/// ambiguous. Codes of excluded ranges (neoplasms, symptoms, poisonings, external causes, Z codes) give no patterns; an
/// injury's pattern comes from its encounter base and codes the initial encounter (<see cref="InjuryEncounter"/>, ADR 017).
/// Built once per terminology (<see cref="For"/>), immutable and thread-safe.
/// Alphabetic Index main terms of the rules add the words no title carries ("heart disease" → I51.9).
/// <see cref="Lasts"/> says whether a code names a condition that lasts once diagnosed (<see cref="LastingConditions"/>).
/// Example: "Calculus of kidney" (N20.0) → "calculus of kidney", "kidney calculus"; "HTN" → I10.
/// </summary>
public sealed class TerminologyIndex
{
    /// <summary>Name of the rule file under Rules/.</summary>
    public const string RulesFileName = "terminology_matching.json";

    private static readonly ConditionalWeakTable<IcdTerminology, TerminologyIndex> Built = [];

    private readonly PhraseMatcher<TerminologyTerm> _matcher;
    private readonly Dictionary<string, TerminologyTerm> _byPattern;

    private readonly HashSet<string> _unmodifying;
    private readonly HashSet<string> _subtermLinks;
    private readonly IcdCatalog _catalog;

    private TerminologyIndex(
        TerminologyMatchingFile rules, TermNormalizer normalizer, Dictionary<string, TerminologyTerm> byPattern, IReadOnlyList<string> skipWords,
        IReadOnlyDictionary<string, IReadOnlyDictionary<BodySide, string>> sidedSubterms, IcdCatalog catalog)
    {
        Rules = rules;
        _catalog = catalog;
        SidedSubterms = sidedSubterms;
        Normalizer = normalizer;
        _byPattern = byPattern;
        _unmodifying = rules.GenericWords.Concat(rules.UnmodifyingWords).Select(normalizer.Normalize).Concat(skipWords).ToHashSet(StringComparer.Ordinal);
        _subtermLinks = rules.SubtermLinks.Select(normalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _matcher = new PhraseMatcher<TerminologyTerm>(skipWords);
        foreach (var (pattern, term) in byPattern.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            _matcher.Add(pattern, term);
        }
    }

    /// <summary>The rules the patterns were written with.</summary>
    public TerminologyMatchingFile Rules { get; }

    /// <summary>
    /// The codes of the Index's sided subterms by the code of their main term ("H54.7" → right H54.61, left H54.62,
    /// bilateral H54.3), for <see cref="IndexSideSpecificity"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<BodySide, string>> SidedSubterms { get; }

    /// <summary>Number of patterns (titles, inclusion terms, their variants and the abbreviations).</summary>
    public int Count => _byPattern.Count;

    internal TermNormalizer Normalizer { get; }

    /// <summary>The index of <paramref name="terminology"/> with the embedded rules, built on first use and shared.</summary>
    public static TerminologyIndex For(IcdTerminology terminology)
    {
        ArgumentNullException.ThrowIfNull(terminology);
        return Built.GetValue(terminology, Build);
    }

    /// <summary>The code that the text <paramref name="phrase"/> matches as a whole, or null ("renal calculi" → N20.0).</summary>
    public TerminologyTerm? Lookup(string phrase) => _byPattern.GetValueOrDefault(Key(phrase, Normalizer));

    /// <summary>
    /// True when the bare main term at <paramref name="match"/> of normalised <paramref name="tokens"/> is written as
    /// <paramref name="term"/> (or its plural) in <paramref name="written"/> and stands alone in <paramref name="sentence"/>: no word before it names a kind or cause ("wound
    /// infection", "CMV infection", "influenza A infection": a capital "A" after a word is a type letter, not the article)
    /// and no subterm link follows it ("infection of the prosthesis").
    /// </summary>
    internal bool StandsAlone(string text, IReadOnlyList<Token> written, IReadOnlyList<Token> tokens, TokenRange match, TokenRange sentence, string term)
    {
        if (!IsWrittenAs(term, written[match.Start].Value))
        {
            return false;
        }
        var before = match.Start - 1;
        if (before >= sentence.Start && tokens[before].Kind == TokenKind.Word
            && (!_unmodifying.Contains(tokens[before].Value) || IsTypeLetterA(text, written, before, sentence)))
        {
            return false;
        }
        var after = match.End;
        return after >= sentence.End || tokens[after].Kind != TokenKind.Word || !_subtermLinks.Contains(tokens[after].Value);
    }

    /// <summary>
    /// True when <paramref name="code"/> names a condition that lasts once diagnosed (<see cref="LastingConditions"/>):
    /// asked only of a mention stated as history, so it is decided then rather than for every pattern at start-up.
    /// </summary>
    internal bool Lasts(string code) => LastingConditions.Embedded.Covers(code, _catalog);

    /// <summary>The longest pattern starting at token <paramref name="start"/> of normalised <paramref name="tokens"/>, ending by <paramref name="limit"/>.</summary>
    internal PhraseMatch<TerminologyTerm>? Match(IReadOnlyList<Token> tokens, int start, int limit) => _matcher.Match(tokens, start, limit);

    /// <summary>A new index of <paramref name="terminology"/> with the embedded rules (<see cref="For"/> shares one per terminology).</summary>
    internal static TerminologyIndex Build(IcdTerminology terminology)
    {
        var rules = RuleResources.Read<TerminologyMatchingFile>(RulesFileName);
        var qualifiers = RuleResources.Read<Concepts.TermQualifierFile>("term_qualifiers.json").Words;
        var normalizer = new TermNormalizer(rules);
        var writer = new TitlePatterns(rules, normalizer);
        var excluded = rules.ExcludedCodeRanges.Select(range => (From: IcdCatalog.Key(range[0])[..3], To: IcdCatalog.Key(range[^1])[..3])).ToArray();
        var catalog = terminology.Catalog;
        var candidates = new Dictionary<string, List<(string Code, int Rank)>>(StringComparer.Ordinal);
        // Keys only acronyms wrote: they match in capitals only.
        var acronymOnly = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, target, rank, acronym) in WriteInParallel(catalog.Codes, code => WritePatterns(code, terminology, writer, excluded)))
        {
            if (!candidates.TryGetValue(key, out var list))
            {
                candidates[key] = list = [];
            }
            list.Add((target, rank));
            acronymOnly[key] = acronym && acronymOnly.GetValueOrDefault(key, true);
        }
        var byPattern = new Dictionary<string, TerminologyTerm>(StringComparer.Ordinal);
        foreach (var (key, list) in candidates)
        {
            if (Resolve(catalog, list) is { } resolved)
            {
                byPattern[key] = new TerminologyTerm(resolved, acronymOnly[key]);
            }
        }
        // The Index names the code of a main term outright, so its entry wins over a title pattern of the same words.
        var sided = new Dictionary<string, IReadOnlyDictionary<BodySide, string>>(StringComparer.Ordinal);
        foreach (var entry in rules.IndexTerms)
        {
            if (!catalog.IsBillable(entry.Code) || IsExcluded(entry.Code.AsSpan(0, 3), excluded))
            {
                continue;
            }
            if (Sides(entry, catalog) is { } sides)
            {
                sided[entry.Code] = sides;
            }
            foreach (var term in entry.Terms)
            {
                // A word a title already carries keeps matching as the title does; only a new one-word main term is guarded.
                var key = Key(term, normalizer);
                var bare = !key.Contains(' ', StringComparison.Ordinal) && (!byPattern.ContainsKey(key) || entry.StandsAlone == true);
                byPattern[key] = new TerminologyTerm(entry.Code, false, bare ? term : null);
            }
        }
        var capitals = rules.CapitalsOnly.ToHashSet(StringComparer.Ordinal);
        foreach (var (abbreviation, expansion) in rules.Abbreviations)
        {
            if (byPattern.TryGetValue(Key(expansion, normalizer), out var term))
            {
                byPattern.TryAdd(normalizer.Normalize(abbreviation), term with { CapitalsOnly = capitals.Contains(abbreviation) });
            }
        }
        return new TerminologyIndex(rules, normalizer, byPattern, qualifiers.Select(normalizer.Normalize).ToArray(), sided, catalog);
    }

    /// <summary>The billable codes of an Index term's sided subterms by side, or null when it names none.</summary>
    private static Dictionary<BodySide, string>? Sides(IndexTerm entry, IcdCatalog catalog)
    {
        if (entry.Sides is not { Count: > 0 } named)
        {
            return null;
        }
        var sides = new Dictionary<BodySide, string>();
        foreach (var (side, code) in named)
        {
            if (!Enum.TryParse<BodySide>(side, ignoreCase: true, out var parsed) || parsed == BodySide.Unspecified || !catalog.IsBillable(code))
            {
                throw new InvalidDataException($"Index term '{entry.Terms[0]}' names no billable code for side '{side}'.");
            }
            sides[parsed] = code;
        }
        return sides;
    }

    /// <summary>
    /// The patterns of each code, written on every core (<see cref="TitlePatterns"/> is immutable, the normaliser's
    /// cache thread-safe) and returned in the order of <paramref name="codes"/>, so the index is the same as when they are
    /// written one after another. The codes are cut into many small chunks dealt to the cores in turn, so that a chapter
    /// whose titles cost more (the injuries, S00–T88, two fifths of the codes) is shared by every core.
    /// </summary>
    private static IEnumerable<(string Key, string Target, int Rank, bool Acronym)> WriteInParallel(
        IReadOnlyList<IcdCode> codes, Func<IcdCode, List<(string Key, string Target, int Rank, bool Acronym)>> write)
    {
        var parts = Math.Clamp(Environment.ProcessorCount, 1, 8);
        var chunkCount = parts * ChunksPerCore;
        var chunks = new List<(string Key, string Target, int Rank, bool Acronym)>[chunkCount];
        void WritePart(int part)
        {
            for (var chunk = part; chunk < chunkCount; chunk += parts)
            {
                var written = new List<(string Key, string Target, int Rank, bool Acronym)>();
                for (var i = codes.Count * chunk / chunkCount; i < codes.Count * (chunk + 1) / chunkCount; i++)
                {
                    written.AddRange(write(codes[i]));
                }
                chunks[chunk] = written;
            }
        }
        var others = Enumerable.Range(1, parts - 1).Select(part => Task.Run(() => WritePart(part))).ToArray();
        WritePart(0);
        Task.WaitAll(others);
        return chunks.SelectMany(chunk => chunk);
    }

    private const int ChunksPerCore = 16;

    /// <summary>The patterns of one code's title and inclusion terms, each with the code it codes and its rank (none for excluded codes and scaffolding).</summary>
    private static List<(string Key, string Target, int Rank, bool Acronym)> WritePatterns(IcdCode code, IcdTerminology terminology, TitlePatterns writer, (string From, string To)[] excluded)
    {
        var patterns = new List<(string Key, string Target, int Rank, bool Acronym)>();
        var catalog = terminology.Catalog;
        // An injury code with its 7th character (S72.001A) gives no pattern: its encounter base does (two in five codes).
        if (IsExcluded(code.Code.AsSpan(0, 3), excluded) || IsSeventhCharacterInjury(code)
            || writer.IsScaffolding(code.Title) && !code.Title.StartsWith("Other", StringComparison.Ordinal))
        {
            return patterns;
        }
        // A category's own title is what its unspecified child says; only its inclusion terms add words, so one without
        // them needs no search for that child (most of them: the search was a tenth of the index's build).
        // An injury's title is its encounter base's ("Unspecified injury of head", S09.90): the text names the injury, and
        // the 7th character its initial encounter until InjuryEncounter reads another (ADR 017).
        var chapterOfInjuries = InjuryEncounter.IsInjuryChapter(code.Code);
        if (chapterOfInjuries && !NamesInjury(code.Title))
        {
            return patterns;
        }
        var inclusionTerms = chapterOfInjuries ? [] : terminology.InclusionTerms(code.Code);
        var injury = InjuryEncounter.IsEncounterBase(catalog, code) ? InjuryEncounter.Extend(catalog, code.Code, InjuryEncounter.Initial) : null;
        var named = code.Billable || injury is not null;
        // An injury header's title names its unspecified descendant as a category's inclusion term does ("Fracture of
        // neck of femur" S72.00 → S72.009A).
        var injuryHeader = !named && chapterOfInjuries;
        if (!named && !injuryHeader && inclusionTerms.Count == 0)
        {
            return patterns;
        }
        var target = injury ?? (!code.Billable ? UnspecifiedDescendant(catalog, code) : NeedsEncounter(code.Title) ? null : code.Code);
        if (target is null || injuryHeader && catalog.Parent(target) is { } targetBase && !NamesInjury(targetBase.Title))
        {
            return patterns;
        }
        var texts = inclusionTerms.Select(term => (Text: term, IsTitle: false));
        var title = chapterOfInjuries ? WithoutForeignBodyDefault(code.Title) : code.Title;
        foreach (var (text, isTitle) in named || injuryHeader ? texts.Prepend((title, true)) : texts)
        {
            var acronym = IsAcronym(text);
            foreach (var pattern in writer.Write(text, isTitle))
            {
                patterns.Add((string.Join(' ', pattern.Words), target, pattern.Rank + (named ? 0 : 1), acronym));
            }
        }
        return patterns;
    }

    // A seven-character code (eight with its dot) of S00–T88 whose title names its encounter ("…, initial encounter"); the
    // few seven-character codes there without one (T86.8401 "Corneal transplant rejection, right eye") are read as titles.
    private static bool IsSeventhCharacterInjury(IcdCode code) =>
        code.Code.Length == 8 && InjuryEncounter.IsInjuryChapter(code.Code) && NeedsEncounter(code.Title);

    // An injury title the text can name: not "Unspecified injury of" an organ ("liver injury", "kidney injury" in notes are
    // mostly not trauma; the Index terms of the rules name the head's), and not one whose unspecified side is an organ of a
    // pair ("Blister (nonthermal) of unspecified ear" would read any "blister", a header's "Penetrating wound without foreign
    // body of eyeball" any "penetrating wound"). Its inclusion terms are not read: in this
    // chapter they list sites ("Axis", "Trachea" under fractures of the neck), not conditions.
    private static bool NamesInjury(string title) =>
        !title.StartsWith("Unspecified injury of", StringComparison.Ordinal) && !title.StartsWith("Injury of", StringComparison.Ordinal)
        && !UnspecifiedPairedOrgans.Any(organ => title.Contains(organ, StringComparison.OrdinalIgnoreCase));

    // "Laceration without foreign body of scalp" is what a plain "laceration of the scalp" codes (the Index sends it there),
    // so the title reads without the default; written whole, its trailing "without …" would be dropped with the site.
    private static string WithoutForeignBodyDefault(string title) => title.Replace(" without foreign body", "", StringComparison.Ordinal);

    private static readonly string[] UnspecifiedPairedOrgans = ["unspecified ear", "unspecified eye", "unspecified eyelid", "unspecified eyeball"];

    // An inclusion term written as one word in capitals ("TACO" under E87.71) is an acronym: "Taco Bell" does not say it.
    private static bool IsAcronym(string text) =>
        text.Length >= 2 && text.All(char.IsAsciiLetterUpper);

    /// <summary>True when token <paramref name="at"/> is a capital "A" that follows a word: "influenza A", not "A patient".</summary>
    private static bool IsTypeLetterA(string text, IReadOnlyList<Token> written, int at, TokenRange sentence) =>
        written[at].End - written[at].Start == 1 && text[written[at].Start] == 'A'
        && at - 1 >= sentence.Start && written[at - 1].Kind == TokenKind.Word;

    // The main term itself or its plural, not a word a synonym brings to it ("infected" → "infection").
    private static bool IsWrittenAs(string term, string token) =>
        token.StartsWith(term, StringComparison.Ordinal) && (token.Length == term.Length || token.AsSpan(term.Length) is "s" or "es");

    /// <summary>The pattern key of a phrase: its normalised words, one space apart.</summary>
    private static string Key(string phrase, TermNormalizer normalizer) =>
        string.Join(' ', Tokenizer.Normalize(phrase).Where(word => word.Any(char.IsLetterOrDigit)).Select(normalizer.Normalize));

    private static bool IsExcluded(ReadOnlySpan<char> category, (string From, string To)[] ranges)
    {
        foreach (var (from, to) in ranges)
        {
            if (category.CompareTo(from, StringComparison.Ordinal) >= 0 && category.CompareTo(to, StringComparison.Ordinal) <= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static string? Resolve(IcdCatalog catalog, List<(string Code, int Rank)> candidates)
    {
        var best = candidates.Min(candidate => candidate.Rank);
        var codes = candidates.Where(candidate => candidate.Rank == best).Select(candidate => candidate.Code).Distinct().ToArray();
        if (codes.Length == 1)
        {
            return codes[0];
        }
        if (codes.Select(code => code[..3]).Distinct().Count() > 1)
        {
            return null;
        }
        return codes
            .OrderBy(code => NamesSide(catalog.Find(code)!.Title))
            .ThenByDescending(code => UnspecifiedScore(catalog.Find(code)!))
            .ThenBy(code => code.Length)
            .ThenBy(code => code, StringComparer.Ordinal)
            .First();
    }

    /// <summary>
    /// The billable descendant of a category or subcategory that is its unspecified code, nearest to it: the one that says
    /// "unspecified" most often, names no side and adds no complication ("H21.50" → H21.509 "Unspecified adhesions of iris,
    /// unspecified eye", not H21.501 "…, right eye"; "K46" → K46.9 "… without obstruction or gangrene", not K46.0
    /// "… with obstruction"), or null.
    /// </summary>
    private static string? UnspecifiedDescendant(IcdCatalog catalog, IcdCode code)
    {
        var level = catalog.Children(code.Code);
        while (level.Count > 0)
        {
            var unspecified = level
                .Where(child => (child.Billable && !NeedsEncounter(child.Title) || InjuryEncounter.IsEncounterBase(catalog, child)) && !NamesSide(child.Title, code.Title)
                    && (Occurrences(child.Title, "unspecified") > 0 || child.Title.EndsWith("without complications", StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(child => UnspecifiedScore(child))
                .ThenBy(child => child.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            if (unspecified is not null)
            {
                return unspecified.Billable ? unspecified.Code : InjuryEncounter.Extend(catalog, unspecified.Code, InjuryEncounter.Initial);
            }
            level = level.SelectMany(child => catalog.Children(child.Code)).ToArray();
        }
        return null;
    }

    private static int UnspecifiedScore(IcdCode code) =>
        2 * Occurrences(code.Title, "unspecified")
        + (StatesNoComplication(code.Title) ? 2 : 0)
        + (code.Code[^1] == '9' ? 1 : 0)
        - (code.Title.Contains(" with ", StringComparison.OrdinalIgnoreCase) ? 3 : 0);

    // "… without complications", "… uncomplicated": the category's default when the text states no complication, as an
    // "unspecified" child is ("Crohn's disease of small intestine" → K50.00 "… without complications", not K50.019 "with
    // unspecified complications").
    private static bool StatesNoComplication(string title) =>
        title.Contains("without", StringComparison.OrdinalIgnoreCase) || title.Contains("uncomplicated", StringComparison.OrdinalIgnoreCase);

    // A billable code whose title says its encounter (a 7th character) is no pattern: injuries are read at their encounter
    // base instead (InjuryEncounter), and other chapters' ("M80.08XA … initial encounter for fracture") are not read.
    private static bool NeedsEncounter(string title) =>
        title.Contains("encounter", StringComparison.OrdinalIgnoreCase) || title.Contains("sequela", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] SideWords = ["right", "left", "bilateral"];

    private static bool NamesSide(string title) => SideWords.Any(word => title.Contains(word, StringComparison.OrdinalIgnoreCase));

    // A side word the category's own title already has names the condition, not a side: "Homonymous bilateral field
    // defects, unspecified side" (H53.469) is the unspecified child of H53.46 "Homonymous bilateral field defects".
    private static bool NamesSide(string title, string categoryTitle) =>
        SideWords.Any(word => title.Contains(word, StringComparison.OrdinalIgnoreCase) && !categoryTitle.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }
        return count;
    }
}
