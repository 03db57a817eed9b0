using MedDoc.Engine.Assertions;
using MedDoc.Engine.Rules;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The adverse effect or poisoning a sentence states of a named drug (Official Guidelines I.C.19.e, ADR 018): the code of
/// the drug's class from Rules/drug_classes.json, beside the manifestation the other coders read. An effect of a drug
/// taken as prescribed ("amiodarone-induced hypothyroidism", "neutropenia secondary to chemotherapy", "lithium toxicity",
/// "adverse reaction to penicillin") takes the class's adverse-effect code (6th character 5); an overdose, intoxication or
/// poisoning its poisoning code, accidental (1) unless the sentence states self-harm (2: "suicide attempt", "autolytic").
/// Undetermined intent is never assumed. A substance that is no medicine (carbon monoxide, lead) is read only as a poisoning
/// or toxicity, coded as its toxic effect (T51–T65) with the same intent; a venomous animal's bite or sting is its venom's
/// toxic effect ("snake bite" → T63.001A). Taking less than prescribed ("ran out of his insulin", "noncompliant with her
/// HAART") is the drug's underdosing (6th character 6, I.C.19.e.5(c)). A mention that is negated, possible, hypothetical, family or history, or lies in
/// a section read for another purpose (INDICATION) or as history, gives nothing. Codes are the initial encounter;
/// <see cref="InjuryEncounter"/> reads a later one. Pure.
/// Example: "She developed amiodarone-induced hypothyroidism." → T46.2X5A; "an overdose of paracetamol" → T39.1X1A.
/// </summary>
public static class AdverseDrugEffect
{
    /// <summary>The file the drug classes are read from.</summary>
    public const string RulesFileName = "drug_classes.json";

    private const char AccidentalPoisoning = '1';
    private const char SelfHarmPoisoning = '2';
    private const char Underdosing = '6';

    /// <summary>The longest drug name, in words ("trimethoprim sulfamethoxazole" is two).</summary>
    private const int MaxDrugWords = 3;

    // Words right after the drug ("amiodarone-induced", "lithium toxicity", "paracetamol overdose"); "related" and
    // "associated" only hyphen-joined ("warfarin-related bleeding", not "statins associated with myopathy", a general statement).
    private static readonly HashSet<string> EffectAfter = new(StringComparer.Ordinal) { "induced", "toxicity" };
    private static readonly HashSet<string> EffectAfterHyphen = new(StringComparer.Ordinal) { "related", "associated" };
    private static readonly HashSet<string> PoisoningAfter = new(StringComparer.Ordinal) { "overdose", "intoxication", "poisoning" };

    // Words right after a venomous animal ("snake bite", "scorpion sting"): its venom's toxic effect (Index: Bite, venomous; Sting).
    private static readonly HashSet<string> VenomAfter = new(StringComparer.Ordinal) { "bite", "bites", "sting", "stings", "envenomation", "envenoming" };

    // Words right before the drug: the link and the word it follows ("secondary to", "toxicity of", "overdose of").
    private static readonly string[] EffectLinks =
    [
        "induced by", "caused by", "secondary to", "due to", "attributed to", "attributable to", "related to", "toxicity of", "toxicity from",
        "toxicity due to", "toxicity to", "effect of", "effects of", "effect to", "effects to", "reaction to", "reactions to", "reaction of",
    ];

    private static readonly string[] PoisoningLinks =
    [
        "overdose of", "overdose with", "overdosing with", "intoxication by", "intoxication with", "intoxication of", "intoxication from",
        "intoxication due to", "poisoning by", "poisoning with", "poisoning from", "poisoning due to",
    ];

    // Taking less of a prescribed drug than prescribed (I.C.19.e.5(c), underdosing): "ran out of his insulin", "noncompliant
    // with her HAART". Written without a negation word, which would negate the drug itself; not "stopped taking", which
    // does not say whose decision the stop was.
    private static readonly string[] UnderdosingLinks =
    [
        "ran out of", "run out of", "running out of", "noncompliant with", "non compliant with", "noncompliance with",
        "non compliance with", "poor compliance with", "poor adherence to", "nonadherence to", "non adherence to", "missed doses of",
    ];

    // Words of a sentence that make a stop a prescribed one, not underdosing ("she stopped taking aspirin before surgery as instructed").
    private static readonly HashSet<string> PrescribedStopWords = new(StringComparer.Ordinal)
    {
        "instructed", "advised", "told", "directed", "recommended", "ordered", "before", "prior",
    };

    // A possessive or article between an underdosing link and the drug ("ran out of his insulin").
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "his", "her", "their", "the", "its", "all" };

    // A reaction or effect is an adverse one only when written so ("adverse reaction to", "side effects of"), not "the effect of".
    private static readonly HashSet<string> AdverseWords = new(StringComparer.Ordinal) { "adverse", "side", "toxic", "untoward" };

    // What may stand between the link and the drug ("secondary to the use of amiodarone", "due to treatment with steroids").
    private static readonly string[] Fillers =
        ["the use of", "use of", "treatment with", "therapy with", "administration of", "intake of", "exposure to", "the", "a", "an", "high dose", "high doses of"];

    // The amount an overdose states between its link and the drug ("an overdose of about 30 haldol tablets", "poisoning with a
    // large undetermined amount of tramadol").
    private static readonly HashSet<string> QuantityWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "about", "approximately", "around", "some", "several", "large", "unknown", "undetermined", "amount",
        "quantity", "number", "of", "mg", "g", "tablets", "tablet", "pills", "capsules", "boxes", "box",
    };

    private const int MaxQuantityWords = 6;

    private static readonly HashSet<string> SelfHarmWords = new(StringComparer.Ordinal)
    {
        "suicide", "suicidal", "intentional", "intentionally", "autolytic", "self", "deliberate",
    };

    // Words of a sentence that explains a drug's effects rather than states one ("I discussed the side effects of the medication").
    private static readonly HashSet<string> CounsellingWords = new(StringComparer.Ordinal)
    {
        "discussed", "discuss", "explained", "counseled", "counselled", "informed", "warned", "reviewed", "risks",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, DrugClass>> Embedded = new(() => Read(RuleResources.Read<DrugClassFile>(RulesFileName)));

    /// <summary>The class of each drug name in <paramref name="file"/>.</summary>
    internal static IReadOnlyDictionary<string, DrugClass> Read(DrugClassFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var byDrug = new Dictionary<string, DrugClass>(StringComparer.Ordinal);
        foreach (var drugClass in file.Classes)
        {
            foreach (var drug in drugClass.Drugs)
            {
                byDrug[Normal(drug)] = drugClass;
            }
        }
        return byDrug;
    }

    /// <summary>
    /// One suggestion per code the present statements of <paramref name="document"/> give, with their evidence; every poisoning
    /// is self-harm when <paramref name="suicideAttempt"/> (the document codes a suicide attempt, T14.91).
    /// </summary>
    public static IReadOnlyList<CodeSuggestion> Find(
        TextModel document, IcdCatalog catalog, SectionRuleSet sectionRules, AssertionDetector assertions, double confidence, bool suicideAttempt = false) =>
        Find(document, catalog, sectionRules, assertions, confidence, suicideAttempt, Embedded.Value);

    /// <summary>As <see cref="Find(TextModel, IcdCatalog, SectionRuleSet, AssertionDetector, double, bool)"/> with the classes of <paramref name="drugs"/>.</summary>
    internal static IReadOnlyList<CodeSuggestion> Find(
        TextModel document, IcdCatalog catalog, SectionRuleSet sectionRules, AssertionDetector assertions, double confidence, bool suicideAttempt,
        IReadOnlyDictionary<string, DrugClass> drugs)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(sectionRules);
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(drugs);
        var found = new Dictionary<string, List<Span>>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            if (!NamesADrugWord(document, sentence, drugs))
            {
                continue;
            }
            var words = Words(document, sentence);
            if (words.Count == 0 || !ReadForCoding(document, sectionRules, document.Tokens[sentence.Start].Start)
                || words.Any(word => CounsellingWords.Contains(word.Value)))
            {
                continue;
            }
            for (var i = 0; i < words.Count; i++)
            {
                if (DrugAt(words, i, drugs) is not { } drug)
                {
                    continue;
                }
                var end = i + drug.Words;
                if (Statement(words, i, end) is not { } statement || (drug.Class.Unnamed == true && !statement.Causal)
                    || (drug.Class.AdverseEffect is null && !statement.Poisoning && !statement.Toxicity)
                    || (statement.Venom && drug.Class.AdverseEffect is not null)
                    || (statement.Underdosing && (drug.Class.AdverseEffect is null || words.Any(word => PrescribedStopWords.Contains(word.Value)))))
                {
                    continue;
                }
                var span = Span.Of(document.Text, document.Tokens[words[statement.First].Token].Start, document.Tokens[words[statement.Last].Token].End);
                if (assertions.Assess(document, span).Assertion != Assertion.Present)
                {
                    continue;
                }
                var poisoning = statement.Poisoning || drug.Class.AdverseEffect is null;
                var intent = statement.Underdosing ? Underdosing
                    : poisoning ? (suicideAttempt || SelfHarm(words) ? SelfHarmPoisoning : AccidentalPoisoning) : (char?)null;
                var header = intent is { } character ? drug.Class.Header[..^1] + character : drug.Class.Header;
                if (InjuryEncounter.Extend(catalog, header, InjuryEncounter.Initial) is not { } code)
                {
                    continue;
                }
                if (!found.TryGetValue(code, out var spans))
                {
                    found[code] = spans = [];
                }
                spans.Add(span);
                i = end - 1;
            }
        }
        return found
            .Select(pair => new CodeSuggestion(pair.Key, catalog.Find(pair.Key)!.Title, pair.Value, confidence, CodeBasis.Documented))
            .ToArray();
    }

    private readonly record struct Word(string Value, int Token, bool Joined, bool Hyphenated);

    private readonly record struct DrugAtWord(DrugClass Class, int Words);

    // Causal: the statement names the drug as a cause ("-induced", "secondary to", "toxicity", "overdose"), not "-related" or "side effects of".
    // Toxicity: "lithium toxicity", "toxicity of lead": an adverse effect of a medicine, a poisoning by any other substance.
    // Venom: a bite or sting, a statement only of a venomous animal (a toxic-effect class).
    // Underdosing: less of the drug taken than prescribed (6th character 6), a statement only of a medicine.
    private readonly record struct StatementWords(
        int First, int Last, bool Poisoning, bool Causal = true, bool Toxicity = false, bool Venom = false, bool Underdosing = false);

    // The words of a sentence (the tokenizer's, lower case already); Joined when only a space or a hyphen separates a word from the one before,
    // Hyphenated when a hyphen does.
    private static List<Word> Words(TextModel document, TokenRange sentence)
    {
        var words = new List<Word>();
        var joined = true;
        var hyphenated = false;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                hyphenated = token.Value is "-";
                joined = joined && hyphenated;
                continue;
            }
            words.Add(new Word(token.Value, i, joined, hyphenated));
            joined = true;
            hyphenated = false;
        }
        return words;
    }

    // The longest drug name starting at word i, its words joined. A word that starts no name of several words is looked
    // up alone, without building the longer names (most words of a document start none).
    private static DrugAtWord? DrugAt(List<Word> words, int i, IReadOnlyDictionary<string, DrugClass> drugs)
    {
        var name = words[i].Value;
        DrugAtWord? longest = drugs.TryGetValue(name, out var drugClass) ? new DrugAtWord(drugClass, 1) : null;
        if (!FirstWordsOfLongerNames.GetValue(drugs, LongerNamesFirstWords).Contains(name))
        {
            return longest;
        }
        for (var n = 2; n <= MaxDrugWords && i + n <= words.Count && words[i + n - 1].Joined; n++)
        {
            name += " " + words[i + n - 1].Value;
            if (drugs.TryGetValue(name, out drugClass))
            {
                longest = new DrugAtWord(drugClass, n);
            }
        }
        return longest;
    }

    // True when a token of the sentence is a drug's name or the first word of one: most sentences name none, and need no
    // list of their words.
    private static bool NamesADrugWord(TextModel document, TokenRange sentence, IReadOnlyDictionary<string, DrugClass> drugs)
    {
        var firstWords = FirstWordsOfLongerNames.GetValue(drugs, LongerNamesFirstWords);
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var value = document.Tokens[i].Value;
            if (drugs.ContainsKey(value) || firstWords.Contains(value))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyDictionary<string, DrugClass>, HashSet<string>> FirstWordsOfLongerNames = [];

    private static HashSet<string> LongerNamesFirstWords(IReadOnlyDictionary<string, DrugClass> drugs) =>
        drugs.Keys.Where(name => name.Contains(' ', StringComparison.Ordinal)).Select(name => name[..name.IndexOf(' ', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

    // The words of the statement around the drug at [start, end): an effect or poisoning word after it, or a link before it.
    private static StatementWords? Statement(List<Word> words, int start, int end)
    {
        if (end < words.Count && words[end].Joined)
        {
            var after = words[end].Value;
            if (EffectAfter.Contains(after))
            {
                return new StatementWords(start, end, false, Toxicity: after == "toxicity");
            }
            if (words[end].Hyphenated && EffectAfterHyphen.Contains(after))
            {
                return new StatementWords(start, end, false, Causal: false);
            }
            if (PoisoningAfter.Contains(after))
            {
                return new StatementWords(start, end, true);
            }
            if (VenomAfter.Contains(after))
            {
                return new StatementWords(start, end, true, Venom: true);
            }
        }
        var possessive = start > 0 && Possessives.Contains(words[start - 1].Value) ? 1 : 0;
        if ((LinkBefore(words, start - possessive, UnderdosingLinks) ?? LinkBefore(words, start, UnderdosingLinks)) is { } underdosing)
        {
            return new StatementWords(underdosing, end - 1, false, Underdosing: true);
        }
        var linkEnd = start - FillerLength(words, start);
        if ((LinkBefore(words, linkEnd, PoisoningLinks) ?? PoisoningLinkBeforeAmount(words, start)) is { } poisoning)
        {
            return new StatementWords(poisoning, end - 1, true);
        }
        if (LinkBefore(words, linkEnd, EffectLinks) is { } effect && IsAdverse(words, effect))
        {
            return new StatementWords(effect, end - 1, false, Causal: !IsEffectOrReaction(words[effect].Value), Toxicity: words[effect].Value == "toxicity");
        }
        return null;
    }

    // "effect of" and "reaction to" state an adverse effect only after "adverse", "side" or "toxic".
    private static bool IsAdverse(List<Word> words, int link) =>
        !IsEffectOrReaction(words[link].Value) || (link > 0 && AdverseWords.Contains(words[link - 1].Value));

    private static bool IsEffectOrReaction(string word) => word is "effect" or "effects" or "reaction" or "reactions";

    // How many words of a filler end right before the drug at <paramref name="start"/> (the longest).
    private static int FillerLength(List<Word> words, int start)
    {
        foreach (var filler in Fillers.OrderByDescending(text => text.Length))
        {
            var parts = filler.Split(' ');
            if (EndsAt(words, start, parts))
            {
                return parts.Length;
            }
        }
        return 0;
    }

    // The first word of a poisoning link that a stated amount separates from the drug at <paramref name="start"/>, or null.
    private static int? PoisoningLinkBeforeAmount(List<Word> words, int start)
    {
        for (var length = 1; length <= MaxQuantityWords && start - length >= 0; length++)
        {
            var word = words[start - length].Value;
            if (!QuantityWords.Contains(word) && !word.All(char.IsAsciiDigit))
            {
                return null;
            }
            if (LinkBefore(words, start - length, PoisoningLinks) is { } link)
            {
                return link;
            }
        }
        return null;
    }

    // The first word of a link that ends right before word <paramref name="end"/>, or null.
    private static int? LinkBefore(List<Word> words, int end, string[] links)
    {
        foreach (var link in links)
        {
            var parts = link.Split(' ');
            if (EndsAt(words, end, parts))
            {
                return end - parts.Length;
            }
        }
        return null;
    }

    private static bool EndsAt(List<Word> words, int end, string[] parts)
    {
        if (end - parts.Length < 0)
        {
            return false;
        }
        for (var j = 0; j < parts.Length; j++)
        {
            if (words[end - parts.Length + j].Value != parts[j])
            {
                return false;
            }
        }
        return true;
    }

    private static bool SelfHarm(List<Word> words) =>
        words.Any(word => SelfHarmWords.Contains(word.Value) && word.Value != "self")
        || words.Select((word, i) => (word, i)).Any(pair => pair.word.Value == "self" && pair.i + 1 < words.Count && words[pair.i + 1].Value is "harm" or "poisoning" or "inflicted");

    // A section read for the patient's current conditions: coded and without a default assertion (history, family).
    private static bool ReadForCoding(TextModel document, SectionRuleSet sectionRules, int offset)
    {
        foreach (var section in document.Sections)
        {
            if (section.Content.Start <= offset && offset < section.Content.End)
            {
                var rule = sectionRules.Find(section.Category);
                return rule.Coded && rule.DefaultAssertion is null;
            }
        }
        return true;
    }

    private static string Normal(string drug) => drug.ToLowerInvariant().Replace('-', ' ');
}
