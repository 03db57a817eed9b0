using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The 7th character of an injury or complication code (S00–T88) and the encounter the document implies (Official
/// Guidelines I.C.19.a, ADR 017). An injury is recognised at its "encounter base", the code its 7th-character table
/// extends ("S09.90" Unspecified injury of head), and coded as the initial encounter (A: the patient receives active
/// treatment, as a case report or note describing the injury's presentation and treatment does); <see cref="Refine"/>
/// then reads the evidence's sentence: a sequela ("sequela of", "late effect of", "residual of") takes S, a visit
/// during healing ("follow-up", "routine healing", "healing fracture") the subsequent encounter (D), an open or compound
/// fracture the initial encounter for an open fracture (I.C.19.c.1: closed unless stated open). A pathological, stress or
/// osteoporotic fracture is no injury and an old or healed one history: neither is coded here. Radiology reports
/// code no injury: the encounter is not theirs to state. Every code is extended with X placeholders to six characters and
/// kept only when the catalog has it as billable. Pure.
/// Example: base S72.001 → S72.001A; "an open fracture of the right femoral neck" → S72.001B; "follow-up of her
/// right femoral neck fracture" → S72.001D.
/// </summary>
public static class InjuryEncounter
{
    /// <summary>The 7th character of an initial encounter (active treatment).</summary>
    public const char Initial = 'A';

    private static readonly string[] SequelaWords = ["sequela", "sequelae", "residual", "residuals"];

    // A visit during healing, in the words that state it: the phrase itself, or "follow-up" that a verb of this visit asks for
    // ("she is here for follow-up", "returns today for follow-up"; not "will return for follow-up", a plan).
    private static readonly string[] SubsequentPhrases =
        ["follow up visit", "followup visit", "postoperative visit", "post op visit", "routine healing", "healing fracture", "cast removal", "subsequent encounter"];

    private static readonly HashSet<string> VisitVerbs = new(StringComparer.Ordinal)
    {
        "here", "returns", "returned", "presents", "presented", "seen", "comes", "came",
    };

    // The heading that names the visit's purpose ("REASON FOR VISIT: Followup …", "CHIEF COMPLAINT: Follow-up of …").
    private static readonly HashSet<string> VisitHeadings = new(StringComparer.Ordinal) { "visit", "complaint" };

    private static readonly HashSet<string> OpenFractureWords = new(StringComparer.Ordinal) { "open", "compound" };

    // Words before a fracture that make it no current injury ("pathological fracture of the humerus" is M84.4-, "an old
    // rib fracture" history), up to this many tokens before the evidence.
    private static readonly HashSet<string> NotInjuryWords = new(StringComparer.Ordinal)
    {
        "pathological", "pathologic", "stress", "osteoporotic", "insufficiency", "fragility", "old", "healed", "remote",
    };

    private const int NotInjuryReach = 3;

    // How many words after "open" the fracture it qualifies may come ("open left distal humerus fracture").
    private const int OpenFractureReach = 4;

    /// <summary>How many sentences at the start of a document may state the visit's purpose for every injury it names.</summary>
    private const int OpeningSentences = 3;

    /// <summary>True for a code of the injury chapter (S00–T88) that these characters can extend.</summary>
    public static bool IsInjuryChapter(string code) =>
        code.Length >= 3 && (code[0] == 'S' || (code[0] == 'T' && string.CompareOrdinal(code, 0, "T89", 0, 3) < 0));

    /// <summary>
    /// <paramref name="baseCode"/> extended with X placeholders to six characters and <paramref name="character"/>, when the
    /// catalog has that as a billable code; else null ("S09.90", 'A' → S09.90XA; "T07", 'A' → T07.XXXA).
    /// </summary>
    public static string? Extend(IcdCatalog catalog, string baseCode, char character)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var key = IcdCatalog.Key(baseCode);
        if (key.Length > 6 || !IsInjuryChapter(key))
        {
            return null;
        }
        var extended = key.PadRight(6, 'X') + character;
        return catalog.Find(extended) is { Billable: true } code ? code.Code : null;
    }

    /// <summary>True when <paramref name="code"/> is a header whose initial-encounter extension is billable: an injury the text can name.</summary>
    public static bool IsEncounterBase(IcdCatalog catalog, IcdCode code) =>
        !code.Billable && Extend(catalog, code.Code, Initial) is not null;

    /// <summary>The encounter base and 7th character of an extended code ("S72.001B" → ("S72.001", 'B')), or null.</summary>
    public static (IcdCode Base, char Character)? Split(IcdCatalog catalog, string code)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var key = IcdCatalog.Key(code);
        if (key.Length != 7 || !IsInjuryChapter(key) || catalog.Parent(key) is not { } parent || Extend(catalog, parent.Code, key[6]) is not { } same
            || IcdCatalog.Key(same) != key)
        {
            return null;
        }
        return (parent, key[6]);
    }

    /// <summary>
    /// <paramref name="codes"/> with each documented injury's 7th character set from its evidence's sentence, in their order;
    /// without injuries when <paramref name="imaging"/> (a radiology report).
    /// </summary>
    public static IReadOnlyList<CodeSuggestion> Refine(
        IReadOnlyList<CodeSuggestion> codes, TextModel document, IcdCatalog catalog, IcdTerminology? terminology, bool imaging)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!codes.Any(code => Split(catalog, code.Code) is not null))
        {
            return codes;
        }
        if (imaging)
        {
            return codes.Where(code => Split(catalog, code.Code) is null).ToList();
        }
        var current = codes.Where(code => Split(catalog, code.Code) is null || !NotACurrentInjury(document, code.Evidence)).ToList();
        current = [.. ConsciousnessLoss.Refine(WithoutUnspecifiedFractures(current, catalog), document, catalog)];
        return SpecificCode.Replace(current, code => Split(catalog, code.Code) is { } split && split.Character == Initial
            && Character(document, code.Evidence, terminology?.SeventhCharacters(split.Base.Code) ?? []) is { } character && character != Initial
            && Extend(catalog, split.Base.Code, character) is { } extended
                ? catalog.Find(extended)
                : null, _ => false);
    }

    /// <summary>
    /// <paramref name="codes"/> without an "Unspecified fracture" of a bone whose category another fracture code of the
    /// document names more specifically ("humerus fracture" S42.30- beside "supracondylar humerus fracture" S42.41-): the
    /// same fracture, coded once at its most specific, with the evidence of both.
    /// </summary>
    private static List<CodeSuggestion> WithoutUnspecifiedFractures(List<CodeSuggestion> codes, IcdCatalog catalog)
    {
        var bases = codes.Select(code => Split(catalog, code.Code)?.Base.Title).ToArray();
        bool IsFracture(int i) => bases[i]?.Contains("fracture", StringComparison.OrdinalIgnoreCase) == true;
        bool IsUnspecified(int i) => bases[i]?.StartsWith("Unspecified fracture", StringComparison.Ordinal) == true;
        var specific = Enumerable.Range(0, codes.Count).Where(i => IsFracture(i) && !IsUnspecified(i)).Select(i => codes[i].Code[..3]).ToHashSet(StringComparer.Ordinal);
        var dropped = Enumerable.Range(0, codes.Count).Where(i => IsUnspecified(i) && specific.Contains(codes[i].Code[..3])).ToHashSet();
        if (dropped.Count == 0)
        {
            return codes;
        }
        // The specific code keeps the dropped mentions as its evidence: what they say of the fracture ("open") is its.
        return codes
            .Select((code, i) => (Code: code, Index: i))
            .Where(pair => !dropped.Contains(pair.Index))
            .Select(pair => IsFracture(pair.Index) && specific.Contains(pair.Code.Code[..3])
                ? pair.Code with
                {
                    Evidence = [.. pair.Code.Evidence.Concat(dropped.Where(i => codes[i].Code[..3] == pair.Code.Code[..3]).SelectMany(i => codes[i].Evidence))
                        .Distinct().OrderBy(span => span.Start)],
                }
                : pair.Code)
            .ToList();
    }

    /// <summary>
    /// True when a word just before every evidence span says the fracture is no injury now: a pathological, stress,
    /// osteoporotic or insufficiency fracture (chapter M), or an old, healed or remote one (history).
    /// </summary>
    private static bool NotACurrentInjury(TextModel document, IReadOnlyList<Span> evidence)
    {
        foreach (var span in evidence)
        {
            var mention = document.TokensIn(span.Start, span.End);
            if (mention.Count <= 0)
            {
                return false;
            }
            var sentence = document.Sentences[document.SentenceOf(mention.Start)];
            var found = false;
            for (var i = Math.Max(sentence.Start, mention.Start - NotInjuryReach); i < mention.End && !found; i++)
            {
                found = document.Tokens[i].Kind == TokenKind.Word && NotInjuryWords.Contains(document.Tokens[i].Value.ToLowerInvariant());
            }
            if (!found)
            {
                return false;
            }
        }
        return evidence.Count > 0;
    }

    /// <summary>The 7th character whose meaning the sentences of <paramref name="evidence"/> state, or null (stay initial).</summary>
    internal static char? Character(TextModel document, IReadOnlyList<Span> evidence, IReadOnlyList<SeventhCharacter> characters)
    {
        if (characters.Count == 0)
        {
            return null;
        }
        var words = SentenceWords(document, evidence);
        if (words.Any(word => SequelaWords.Contains(word)) || Contains(words, "late effect"))
        {
            return Meaning(characters, "sequela");
        }
        var open = StatesOpenFracture(words);
        if (StatesSubsequentVisit(words) || StatesSubsequentVisit(OpeningWords(document)))
        {
            return Meaning(characters, "subsequent encounter", open ? "open fracture" : null, "routine healing")
                ?? Meaning(characters, "subsequent encounter", open ? "open fracture" : null);
        }
        return open ? Meaning(characters, "initial encounter for open fracture") : null;
    }

    /// <summary>
    /// True when <paramref name="sentence"/> is one of the document's opening sentences and they state a visit during healing
    /// ("REASON FOR VISIT: Followup 4 months status post fixation of a right tibial plateau fracture"): the injury they name
    /// as treated before is the one this visit follows up, coded with the subsequent encounter (guideline I.C.19.a: the
    /// aftercare of an injury is its code with D).
    /// </summary>
    public static bool FollowsUpAt(TextModel document, TokenRange sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Sentences.Count > 0 && document.SentenceOf(sentence.Start) < OpeningSentences && StatesSubsequentVisit(OpeningWords(document));
    }

    // "open fracture", "compound fracture", "open left distal humerus fracture"; not "open reduction of the fracture".
    private static bool StatesOpenFracture(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!OpenFractureWords.Contains(words[i]))
            {
                continue;
            }
            for (var j = i + 1; j < Math.Min(words.Count, i + 1 + OpenFractureReach) && words[j] != "reduction"; j++)
            {
                if (IsFracture(words[j]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsFracture(string word) => word is "fracture" or "fractures" or "fractured";

    private static bool StatesSubsequentVisit(List<string> words)
    {
        if (SubsequentPhrases.Any(phrase => Contains(words, phrase)))
        {
            return true;
        }
        for (var i = 1; i < words.Count; i++)
        {
            var followUp = words[i] == "followup" || (words[i] == "follow" && i + 1 < words.Count && words[i + 1] == "up");
            if (followUp && (VisitHeadings.Contains(words[i - 1]) || ForAVisit(words, i)))
            {
                return true;
            }
        }
        return false;
    }

    // "for follow-up", "for her two-month follow-up" after a verb of this visit.
    private static bool ForAVisit(List<string> words, int followUp)
    {
        for (var at = followUp - 1; at >= Math.Max(0, followUp - 4); at--)
        {
            if (words[at] == "for")
            {
                return VisitVerbBefore(words, at);
            }
        }
        return false;
    }

    // A visit verb up to three words before the "for" at <paramref name="at"/> ("returns today for", "is here for").
    private static bool VisitVerbBefore(List<string> words, int at)
    {
        for (var k = Math.Max(0, at - 3); k < at; k++)
        {
            if (VisitVerbs.Contains(words[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Contains(List<string> words, string phrase)
    {
        var parts = phrase.Split(' ');
        for (var i = 0; i + parts.Length <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < parts.Length && all; j++)
            {
                all = words[i + j] == parts[j];
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    // The first character whose meaning starts with the first phrase and contains the others; a fracture's closed
    // character when no "open" is asked for.
    private static char? Meaning(IReadOnlyList<SeventhCharacter> characters, string start, params string?[] containing)
    {
        foreach (var character in characters)
        {
            var meaning = character.Meaning;
            if (meaning.StartsWith(start, StringComparison.OrdinalIgnoreCase)
                && containing.All(phrase => phrase is null || meaning.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                && (start.Contains("open fracture", StringComparison.Ordinal) || containing.Contains("open fracture")
                    || !meaning.Contains("open fracture", StringComparison.OrdinalIgnoreCase)))
            {
                return character.Character;
            }
        }
        return null;
    }

    private static List<string> SentenceWords(TextModel document, IReadOnlyList<Span> evidence)
    {
        var words = new List<string>();
        foreach (var span in evidence)
        {
            var mention = document.TokensIn(span.Start, span.End);
            if (mention.Count > 0)
            {
                AddWords(document, document.Sentences[document.SentenceOf(mention.Start)], words);
            }
        }
        return words;
    }

    private static List<string> OpeningWords(TextModel document)
    {
        var words = new List<string>();
        foreach (var sentence in document.Sentences.Take(OpeningSentences))
        {
            AddWords(document, sentence, words);
        }
        return words;
    }

    private static void AddWords(TextModel document, TokenRange sentence, List<string> words)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (document.Tokens[i].Kind == TokenKind.Word)
            {
                words.Add(document.Tokens[i].Value.ToLowerInvariant());
            }
        }
    }
}
