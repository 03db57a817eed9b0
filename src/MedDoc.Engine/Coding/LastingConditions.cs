using MedDoc.Engine.Rules;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Which ICD-10-CM codes name a condition that lasts once diagnosed (Rules/lasting_conditions.json): a code in one of
/// the ranges, or one of a disease chapter whose title says "chronic". Stated as history or listed under PAST MEDICAL HISTORY, such a
/// condition is still the patient's and is coded; an episode stays historical.
/// Example: E03.9 "Hypothyroidism, unspecified" and K29.50 "Unspecified chronic gastritis without bleeding" last;
/// J18.9 "Pneumonia, unspecified organism" does not. A malignancy stated as history is current while its sentence says it is
/// still treated (<see cref="StatesOngoingTreatment"/>: "a history of prostate adenocarcinoma treated with LHRH analogues,
/// maintaining adequate control"; guidelines I.C.2.d, I.C.2.m). Immutable and thread-safe.
/// </summary>
public sealed class LastingConditions
{
    /// <summary>Name of the rule file under Rules/.</summary>
    public const string RulesFileName = "lasting_conditions.json";

    private readonly CodeRange[] _ranges;
    private readonly string[] _titleWords;
    private readonly PhraseMatcher<string> _treatmentPhrases = new();
    private readonly PhraseMatcher<string> _begunPhrases = new();
    private readonly HashSet<string> _recurrenceWords;

    /// <summary>The conditions of <paramref name="file"/>.</summary>
    public LastingConditions(LastingConditionFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _ranges = file.Ranges.Select(CodeRange.Parse).ToArray();
        _titleWords = file.TitleWords.ToArray();
        foreach (var phrase in file.TreatmentPhrases ?? [])
        {
            _treatmentPhrases.Add(phrase, phrase);
        }
        foreach (var phrase in file.BegunPhrases ?? [])
        {
            _begunPhrases.Add(phrase, phrase);
        }
        _recurrenceWords = new HashSet<string>(file.RecurrenceWords ?? [], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The conditions of the embedded rule file.</summary>
    public static LastingConditions Embedded { get; } = new(RuleResources.Read<LastingConditionFile>(RulesFileName));

    /// <summary>True when <paramref name="code"/> names a condition that lasts once diagnosed.</summary>
    public bool Covers(IcdCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var key = IcdCatalog.Key(code.Code);
        return _ranges.Any(range => range.ContainsKey(key)) || (NamesDisease(key) && _titleWords.Any(word => SaysWord(code.Title, word)));
    }

    /// <summary>
    /// False for the chapters whose codes never name a lasting disease of their own, whatever their words: symptoms (R),
    /// neoplasms (C, D00–D49, a history of which has its own Z85 codes), injuries and external causes (S–Y) and status (Z).
    /// </summary>
    public static bool NamesDisease(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var key = IcdCatalog.Key(code);
        return key.Length >= 2 && key[0] is not ('R' or 'C' or 'S' or 'T' or 'V' or 'W' or 'X' or 'Y' or 'Z') && !(key[0] == 'D' && key[1] <= '4');
    }

    /// <summary>True for a malignant neoplasm's code (C00–C96), primary or secondary.</summary>
    public static bool IsMalignancy(string? code) => code is { Length: > 1 } && code[0] == 'C';

    /// <summary>True when a treatment phrase ("maintaining", "under treatment") stands among the tokens of <paramref name="sentence"/>.</summary>
    public bool StatesOngoingTreatment(IReadOnlyList<Token> tokens, TokenRange sentence)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (_treatmentPhrases.Match(tokens, i, sentence.End) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The tokens of the phrase in <paramref name="sentence"/> that states the report begins a drug therapy ("anticoagulation
    /// with warfarin was started", "it was decided to initiate apixaban"), or null when there is none or a treatment phrase
    /// says the therapy goes on ("receiving", "still on"): a therapy begun now is not yet a long-term one (Z79).
    /// </summary>
    public TokenRange? StatesTherapyBegun(IReadOnlyList<Token> tokens, TokenRange sentence)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (StatesOngoingTreatment(tokens, sentence))
        {
            return null;
        }
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (_begunPhrases.Match(tokens, i, sentence.End) is { } begun)
            {
                return begun.Tokens;
            }
        }
        return null;
    }

    /// <summary>
    /// The span of <paramref name="mention"/> with the word written right before it when that word says the condition recurs
    /// ("recurrent urinary tract infections"), or null: an episode that recurs has happened before, so its personal history
    /// code (Z86–Z87) goes beside the current one.
    /// </summary>
    public Span? StatedRecurrent(string text, Span mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = mention.Start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start < end && end < mention.Start && _recurrenceWords.Contains(text[start..end]) ? Span.Of(text, start, mention.End) : null;
    }

    /// <summary>True when <paramref name="code"/> is a code of <paramref name="catalog"/> that names a condition that lasts once diagnosed.</summary>
    public bool Covers(string code, IcdCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Find(code) is { } known && Covers(known);
    }

    /// <summary>True when the word at <paramref name="at"/> is one side of a choice left open ("Duodenal ulcer, unspecified as acute or chronic").</summary>
    private static bool LeftOpen(string title, int at) => title[..at].EndsWith("acute or ", StringComparison.OrdinalIgnoreCase);

    private static bool SaysWord(string title, string word)
    {
        for (var at = title.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = title.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(title[at - 1])) && (end == title.Length || !char.IsLetter(title[end])) && !LeftOpen(title, at))
            {
                return true;
            }
        }
        return false;
    }
}
