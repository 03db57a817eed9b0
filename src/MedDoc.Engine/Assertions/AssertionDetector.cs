using MedDoc.Engine.Rules;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Assertions;

/// <summary>
/// ConText-style assertion detection: trigger phrases (Rules/assertions.json) open a scope forward and/or
/// backward that ends at the sentence end, a terminator ("but", "however", ";", "which") or the rule's
/// maximum width; every mention inside takes the trigger's category. Pseudo-triggers ("no change") are
/// matched first so that they hide the trigger they contain; one that names an earlier study ("from previous
/// examination") also ends a historical scope, since a time beyond it ("7 years ago") dates the study. When several categories reach a mention,
/// negated wins, then family, hypothetical, possible and historical. Two linear passes per sentence.
/// Example: "No pneumothorax, pleural effusion, or focal consolidation." → all three negated by "No".
/// </summary>
public sealed class AssertionDetector
{
    // How many tokens a bracketed abbreviation after a mention may hold: "(HCV)", "(IgG)", "(VHC-Ab)".
    private const int MostBracketedTokens = 4;

    private const int CategoryCount = 5;

    // The widest reach of a trigger that qualifies only the words next to it ("check", "vaccine", "recommend").
    private const int MostWordsOfAnAdjacentQualifier = 2;

    // Longest item of a list, in tokens, that is not itself a mention ("HTLV-1" between "HIV" and "malaria").
    private const int MostWordsOfAnUnnamedListItem = 3;

    // How far after a test a positive result may be reported: "PCR [was] positive", "test [came back] positive", "serology for
    // [hepatitis B virus was] positive".
    private const int MostWordsBeforeAResult = 6;

    private static readonly TriggerCategory[] Precedence =
    [
        TriggerCategory.Negated, TriggerCategory.Family, TriggerCategory.Hypothetical,
        TriggerCategory.Possible, TriggerCategory.Historical,
    ];

    private readonly PhraseMatcher<AssertionRule> _matcher = new();

    // Each rule that also reads forward where it opens an item, read both ways, and read forward only.
    private readonly Dictionary<AssertionRule, AssertionRule> _bothWaysAtItemStart = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AssertionRule, AssertionRule> _forwardAtItemStart = new(ReferenceEqualityComparer.Instance);

    // Words before a historical trigger that make it date the onset of what it reaches ("diagnosed ... 10 years ago").
    private readonly HashSet<string> _onsetWords;

    /// <summary>A detector with the embedded rules.</summary>
    public AssertionDetector()
        : this(RuleResources.Read<AssertionFile>("assertions.json"))
    {
    }

    private AssertionDetector(AssertionFile file)
        : this(file.Rules, file.OnsetWords)
    {
    }

    /// <summary>
    /// A detector with <paramref name="rules"/>; a historical trigger after one of <paramref name="onsetWords"/> in its sentence
    /// dates a condition's onset (<see cref="AssertionDecision.DatesOnset"/>). Throws when a literal appears twice.
    /// </summary>
    public AssertionDetector(IReadOnlyList<AssertionRule> rules, IReadOnlyCollection<string>? onsetWords = null)
    {
        Rules = rules;
        _onsetWords = (onsetWords ?? []).Select(word => word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!_matcher.Add(rule.Literal, rule))
            {
                throw new InvalidDataException($"Assertion trigger '{rule.Literal}' is defined more than once.");
            }
            if (rule.ForwardAtItemStart)
            {
                _bothWaysAtItemStart[rule] = rule with { Direction = TriggerDirection.Bidirectional };
                _forwardAtItemStart[rule] = rule with { Direction = TriggerDirection.Forward };
            }
        }
    }

    /// <summary>The trigger rules, in file order.</summary>
    public IReadOnlyList<AssertionRule> Rules { get; }

    /// <summary>
    /// The assertion of the mention <paramref name="target"/> within its sentence of <paramref name="document"/>.
    /// Example: ("Pneumothorax is not seen.", span of "Pneumothorax") → negated by "not seen".
    /// </summary>
    public AssertionDecision Assess(TextModel document, Span target)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(target);
        var mention = document.TokensIn(target.Start, target.End);
        if (mention.Count <= 0)
        {
            return AssertionDecision.Present;
        }
        var sentence = document.Sentences[document.SentenceOf(mention.Start)];
        return Assess(document.Text, document.Tokens, sentence, [new TokenRange(mention.Start, Math.Min(mention.End, sentence.End))])[0];
    }

    /// <summary>
    /// The assertions of <paramref name="targets"/> (token ranges in order, not overlapping) inside one
    /// <paramref name="sentence"/> of <paramref name="tokens"/>.
    /// </summary>
    public IReadOnlyList<AssertionDecision> Assess(string text, IReadOnlyList<Token> tokens, TokenRange sentence, IReadOnlyList<TokenRange> targets)
    {
        if (targets.Count == 0)
        {
            return [];
        }
        var triggers = FindTriggers(tokens, sentence, targets);
        if (triggers.Count == 0)
        {
            return Enumerable.Repeat(AssertionDecision.Present, targets.Count).ToArray();
        }
        var reached = new PhraseMatch<AssertionRule>?[targets.Count * CategoryCount];
        ForwardPass(triggers, targets, reached);
        BackwardPass(text, tokens, sentence, triggers, targets, reached);
        var decisions = new AssertionDecision[targets.Count];
        for (var j = 0; j < targets.Count; j++)
        {
            decisions[j] = AssertionDecision.Present;
            foreach (var category in Precedence)
            {
                var trigger = reached[j * CategoryCount + (int)category];
                if (trigger is not null)
                {
                    var span = Span.Of(text, tokens[trigger.Tokens.Start].Start, tokens[trigger.Tokens.End - 1].End);
                    var datesOnset = trigger.Value.DatesOnset
                                     || category == TriggerCategory.Historical && HasOnsetWord(tokens, sentence.Start, trigger.Tokens.Start);
                    decisions[j] = new AssertionDecision(ToAssertion(category), span, datesOnset, trigger.Value.NamesTreatment);
                    break;
                }
            }
        }
        return decisions;
    }

    /// <summary>
    /// <paramref name="decision"/>, or negated by "non" when the mention starting at character <paramref name="start"/> is
    /// hyphen-joined after it (<see cref="NegatingPrefix"/>: "non-smoker"). Not for neoplasm morphology, which "non-invasive"
    /// and "non-small cell" only qualify.
    /// </summary>
    public static AssertionDecision WithNegatingPrefix(string text, int start, AssertionDecision decision) =>
        NegatingPrefix.Precedes(text, start) ? new AssertionDecision(Assertion.Negated, Span.Of(text, start - 4, start - 1)) : decision;

    private bool HasOnsetWord(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i < end && _onsetWords.Count > 0; i++)
        {
            if (_onsetWords.Contains(tokens[i].Value))
            {
                return true;
            }
        }
        return false;
    }

    private List<PhraseMatch<AssertionRule>> FindTriggers(IReadOnlyList<Token> tokens, TokenRange sentence, IReadOnlyList<TokenRange> targets)
    {
        var triggers = new List<PhraseMatch<AssertionRule>>();
        var t = 0;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            while (t < targets.Count && targets[t].End <= i)
            {
                t++;
            }
            if (t < targets.Count && targets[t].Start <= i)
            {
                i = targets[t].End;
                continue;
            }
            var limit = t < targets.Count ? Math.Min(targets[t].Start, sentence.End) : sentence.End;
            var match = _matcher.Match(tokens, i, limit);
            if (match is null)
            {
                i++;
                continue;
            }
            if (match.Value.YieldsToPositiveResult && ReportsPositiveResult(tokens, sentence, match.Tokens)
                || match.Value.Category == TriggerCategory.Negated && NamesEarlierStudy(tokens, sentence, match.Tokens.End)
                || match.Value.OnlyAtItemStart && !OpensItem(tokens, sentence, match.Tokens.Start))
            {
                i = match.Tokens.End;
                continue;
            }
            triggers.Add(match.Value.ForwardAtItemStart && OpensItem(tokens, sentence, match.Tokens.Start)
                ? match with { Value = (QualifiesNextWord(tokens, sentence, match.Tokens.End) ? _forwardAtItemStart : _bothWaysAtItemStart)[match.Value] }
                : match);
            i = match.Tokens.End;
        }
        return triggers;
    }

    private static void ForwardPass(List<PhraseMatch<AssertionRule>> triggers, IReadOnlyList<TokenRange> targets, PhraseMatch<AssertionRule>?[] reached)
    {
        var open = new PhraseMatch<AssertionRule>?[CategoryCount];
        var k = 0;
        for (var j = 0; j < targets.Count; j++)
        {
            for (; k < triggers.Count && triggers[k].Tokens.Start < targets[j].Start; k++)
            {
                Open(triggers[k], TriggerDirection.Backward, open);
            }
            for (var c = 0; c < CategoryCount; c++)
            {
                var trigger = open[c];
                if (trigger is not null && targets[j].Start - trigger.Tokens.End <= (trigger.Value.MaxScope ?? int.MaxValue))
                {
                    reached[j * CategoryCount + c] ??= trigger;
                }
            }
        }
    }

    // A positive result is reported right before the test ("positive serology for syphilis") or in the few words after it,
    // before another clause starts ("PCR was positive", "test came back positive", "serology for syphilis was positive");
    // not "not positive", "negative", or a result after a list ("serology for HIV and hepatitis B was positive" names no
    // single condition).
    private static bool ReportsPositiveResult(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange test)
    {
        if (test.Start > sentence.Start && IsPositive(tokens[test.Start - 1].Value))
        {
            return true;
        }
        for (var i = test.End; i < Math.Min(sentence.End, test.End + MostWordsBeforeAResult); i++)
        {
            if (IsPositive(tokens[i].Value))
            {
                return tokens[i - 1].Value is not ("not" or "non");
            }
            if (tokens[i].IsCoordination || tokens[i].Value is ";" or "(" or "but" or "negative" or "nonreactive" or "non-reactive")
            {
                return false;
            }
        }
        return false;
    }

    // A negation followed by an earlier study is about that study ("[not seen] on prior exams", "[not] visible in the previous
    // study"): what it reaches is new since then, not absent. The index is the first token after the negation.
    private static bool NamesEarlierStudy(IReadOnlyList<Token> tokens, TokenRange sentence, int index)
    {
        if (index < sentence.End && tokens[index].Value is "seen" or "visible" or "present" or "evident" or "apparent" or "identified" or "demonstrated")
        {
            index++;
        }
        if (index >= sentence.End || tokens[index].Value is not ("on" or "in" or "at"))
        {
            return false;
        }
        index++;
        if (index < sentence.End && tokens[index].Value is "the" or "a" or "an")
        {
            index++;
        }
        return index < sentence.End && tokens[index].Value is "prior" or "previous" or "earlier" or "preceding";
    }

    private static bool IsPositive(string word) => word is "positive" or "reactive";

    // The token at index opens its sentence, a line, an item of a list or what "with" adds: "[Negative] headaches, [negative]
    // syncope", "GENERAL: [Negative] fatigue", "soft, [negative] hepatosplenomegaly", "with [negative] Bence-Jones
    // proteinuria", "(chronic) [(-)] decreased range of motion"; not "HER2-negative", "triple negative" or "RC(-)".
    // A trigger opening an item with a word right after it qualifies that word ("PMH: ulcer, ?stroke", "Negative headaches"), not
    // the item before it.
    private static bool QualifiesNextWord(IReadOnlyList<Token> tokens, TokenRange sentence, int next) =>
        next < sentence.End && tokens[next].Kind == TokenKind.Word;

    private static bool OpensItem(IReadOnlyList<Token> tokens, TokenRange sentence, int index) =>
        index == sentence.Start || tokens[index].LineStart || tokens[index - 1].IsCoordination || tokens[index - 1].Value is ";" or ":" or "(" or ")" or "with";

    // A negative result that reaches back only a few words ("HIV and hepatitis C serologies were negative") also reaches the
    // mentions coordinated with the one it reached: a mention joined to it by nothing but "and", "or" and commas is an item
    // of the same list, so the result is read back onto every item ("HIV" as well as "hepatitis C"). A mention whose type is
    // shared with the bare types after it ("hepatitis B and C serology was negative", "hepatitis B and C panel") is measured
    // from the last of them, past the mention of the type that was left out, which is an item of the same phrase.
    private static void BackwardPass(string text, IReadOnlyList<Token> tokens, TokenRange sentence, List<PhraseMatch<AssertionRule>> triggers, IReadOnlyList<TokenRange> targets, PhraseMatch<AssertionRule>?[] reached)
    {
        var open = new PhraseMatch<AssertionRule>?[CategoryCount];
        var k = triggers.Count - 1;
        for (var j = targets.Count - 1; j >= 0; j--)
        {
            var limit = j + 1 < targets.Count ? targets[j + 1].Start : tokens.Count;
            var end = PastClosingParentheses(tokens, PastBracketedAbbreviation(tokens, ElidedTypesEnd(text, tokens, targets[j], sentence.End), limit), limit);
            for (; k >= 0 && triggers[k].Tokens.Start >= targets[j].End; k--)
            {
                Open(triggers[k], TriggerDirection.Forward, open);
            }
            for (var c = 0; c < CategoryCount; c++)
            {
                var trigger = open[c];
                if (trigger is null)
                {
                    continue;
                }
                var inScope = trigger.Value.MaxScope is not { } maxScope
                              || (c == (int)TriggerCategory.Negated ? WordsOutsideBrackets(tokens, end, trigger.Tokens.Start, maxScope) : trigger.Tokens.Start - end) <= maxScope;
                var listItem = c == (int)TriggerCategory.Negated && j + 1 < targets.Count && reached[(j + 1) * CategoryCount + c] == trigger
                    && JoinedAsListItems(tokens, new TokenRange(targets[j].Start, PastBracketedAbbreviation(tokens, targets[j].End, limit)), targets[j + 1]);
                if ((inScope && !(c == (int)TriggerCategory.Historical && EndsAnotherItem(tokens, end, trigger.Tokens.Start))) || listItem)
                {
                    reached[j * CategoryCount + c] ??= trigger;
                }
            }
        }
    }

    // A time or period written after a mention ("in childhood", "ten years ago") dates the item of a list it ends, not an
    // earlier item a comma closed: in "bronchial asthma, Henoch-Schonlein purpura in childhood" the childhood is the purpura's.
    // True when a comma between the mention's end and the trigger is followed by a word before the trigger that is not a
    // participle going on about the mention ("Diabetes, diagnosed 10 years ago").
    private static bool EndsAnotherItem(IReadOnlyList<Token> tokens, int end, int trigger)
    {
        for (var i = end; i < trigger - 1; i++)
        {
            if (tokens[i].Value == "," && tokens[i + 1].Kind == TokenKind.Word && !tokens[i + 1].Value.EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // How many tokens from start to end lie outside brackets, counted up to one past most: an aside in brackets between a
    // mention and a post-negation does not widen their distance (other triggers, such as "prophylaxis", qualify only the words
    // right before them, so a bracket still separates them from a mention) ("Pneumonia seen on CT (not on the radiograph) is not seen
    // either"). An unclosed bracket counts as words.
    private static int WordsOutsideBrackets(IReadOnlyList<Token> tokens, int start, int end, int most)
    {
        if (end - start <= most)
        {
            return end - start;
        }
        var words = 0;
        var i = start;
        while (i < end && words <= most)
        {
            var close = tokens[i].Value == "(" ? ClosingBracket(tokens, i, end) : -1;
            if (close > 0)
            {
                i = close + 1;
                continue;
            }
            words++;
            i++;
        }
        return words;
    }

    // The index of the ")" closing the bracket opened at open, before end; -1 when it is not closed there.
    private static int ClosingBracket(IReadOnlyList<Token> tokens, int open, int end)
    {
        for (var i = open + 1; i < end; i++)
        {
            if (tokens[i].Value == ")")
            {
                return i;
            }
            if (tokens[i].Value == "(")
            {
                return -1;
            }
        }
        return -1;
    }

    // Where a mention that ends on a type written as one capital letter or a number ("hepatitis B", "HIV 1") is followed by
    // bare types of the same kind joined by "and", "or" and commas ("hepatitis B and C", "HIV 1 and 2"), those types are
    // items of the same mention with its head left out: the end of the last of them, before the token at limit.
    private static int ElidedTypesEnd(string text, IReadOnlyList<Token> tokens, TokenRange target, int limit) =>
        ElidedTypes.After(text, tokens, target, limit) is { Count: > 0 } types ? types[^1] + 1 : target.End;

    // The index past the closing parentheses at index, before limit: a result written after a bracketed list reaches its last
    // item as if written right after it ("Serology (HIV, measles and mumps) negative").
    private static int PastClosingParentheses(IReadOnlyList<Token> tokens, int index, int limit)
    {
        while (index < limit && tokens[index].Value == ")")
        {
            index++;
        }
        return index;
    }

    // The index past a short bracketed group at index, before limit: an abbreviation or a test written after a mention is part
    // of it ("hepatitis C virus (HCV) was negative", "toxoplasma (IgG) negative"), so a result after it reaches the mention.
    private static int PastBracketedAbbreviation(IReadOnlyList<Token> tokens, int index, int limit)
    {
        var open = index < limit && tokens[index].Value == "(" ? index : index + 1 < limit && tokens[index + 1].Value == "(" && tokens[index].Kind == TokenKind.Word ? index + 1 : -1;
        if (open < 0)
        {
            return index;
        }
        for (var i = open + 1; i < limit && i <= open + MostBracketedTokens; i++)
        {
            if (tokens[i].Value == ")")
            {
                return i + 1;
            }
            if (tokens[i].Value == "(")
            {
                break;
            }
        }
        return index;
    }

    // The tokens between two mentions are list separators, with at most a few words of other items between them ("HIV,
    // HTLV-1, HSV and malaria"): every run of words is short, ends at "and", "or" or a comma and has no article (an article
    // opens a new phrase: "fever and the HIV serology was negative").
    private static bool JoinedAsListItems(IReadOnlyList<Token> tokens, TokenRange first, TokenRange next)
    {
        if (next.Start <= first.End || !tokens[first.End].IsCoordination || !tokens[next.Start - 1].IsCoordination)
        {
            return false;
        }
        var run = 0;
        for (var i = first.End; i < next.Start; i++)
        {
            run = tokens[i].IsCoordination ? 0 : run + 1;
            if (run > MostWordsOfAnUnnamedListItem || tokens[i].Value is "the" or "a" or "an")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Applies one trigger met during a pass; a trigger pointing the other way (<paramref name="ignored"/>) does nothing.</summary>
    private static void Open(PhraseMatch<AssertionRule> trigger, TriggerDirection ignored, PhraseMatch<AssertionRule>?[] open)
    {
        var rule = trigger.Value;
        if (rule.Category == TriggerCategory.Terminate)
        {
            var experiencer = rule.KeepsExperiencer && ignored == TriggerDirection.Backward ? open[(int)TriggerCategory.Family] : null;
            Array.Clear(open);
            open[(int)TriggerCategory.Family] = experiencer;
        }
        else if (rule.NamesEarlierStudy)
        {
            open[(int)TriggerCategory.Historical] = null;
        }
        else if (rule.Category != TriggerCategory.Pseudo && rule.Direction != ignored
                 && (open[(int)rule.Category] is not { } current || Replaces(trigger, current, ignored)))
        {
            open[(int)rule.Category] = trigger;
        }
    }

    // Whether a trigger met later in a pass takes the place of the open one of its category. A trigger that qualifies only
    // the word or two next to it ("check", "recommend") does not cut short a wider scope opened before it ("He should
    // check the groin for signs of infection" stays hypothetical by "should"); any other trigger starts its own scope.
    private static bool Replaces(PhraseMatch<AssertionRule> trigger, PhraseMatch<AssertionRule> current, TriggerDirection ignored)
    {
        if (trigger.Value.MaxScope is not { } scope || scope > MostWordsOfAnAdjacentQualifier)
        {
            return true;
        }
        if (current.Value.MaxScope is not { } currentScope)
        {
            return false;
        }
        return ignored == TriggerDirection.Backward
            ? trigger.Tokens.End + scope >= current.Tokens.End + currentScope
            : trigger.Tokens.Start - scope <= current.Tokens.Start - currentScope;
    }

    private static Assertion ToAssertion(TriggerCategory category) => category switch
    {
        TriggerCategory.Negated => Assertion.Negated,
        TriggerCategory.Possible => Assertion.Possible,
        TriggerCategory.Hypothetical => Assertion.Hypothetical,
        TriggerCategory.Historical => Assertion.Historical,
        TriggerCategory.Family => Assertion.Family,
        _ => Assertion.Present,
    };
}
