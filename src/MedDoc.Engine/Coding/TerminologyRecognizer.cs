using MedDoc.Engine.Assertions;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Finds conditions stated in the words of the terminology (<see cref="TerminologyIndex"/>): sentence by sentence in
/// the sections that state the patient's conditions (coded sections with no default assertion, so not INDICATION or
/// FAMILY HISTORY), longest pattern first, never over words a curated concept already read
/// (curated concepts carry CODING.md policy and take precedence). A mention counts only when the
/// <see cref="AssertionDetector"/> finds it present: negated, possible, hypothetical, family and historical mentions
/// are not coded, except a lasting condition (<see cref="TerminologyIndex.Lasts"/>) stated as history: "a history of
/// hypothyroidism", or hypothyroidism listed under PAST MEDICAL HISTORY, is still the patient's, while an episode
/// there ("PMH: pneumonia") is not. An Alphabetic Index main term alone codes only where nothing modifies it ("an infection" → B99.9,
/// "a wound infection" → not by the default). Coordinated words share the rest of a pattern ("hepatic and splenic
/// abscesses" → K75.0 and D73.3). Example: "He had renal calculi." → N20.0; "No renal calculi." → nothing.
/// Pure and thread-safe.
/// </summary>
public sealed class TerminologyRecognizer(TerminologyIndex index, AssertionDetector assertions, SectionRuleSet sectionRules)
{
    /// <summary>How many words before a curated finding a pattern that reads it and more may start.</summary>
    private const int MaxWordsBeforeCurated = 6;

    /// <summary>The patterns this recognizer reads.</summary>
    internal TerminologyIndex Index => index;

    /// <summary>The assertion detector the mentions are read with.</summary>
    internal AssertionDetector Assertions => assertions;

    /// <summary>The present mentions of <paramref name="document"/>, skipping the words that <paramref name="curated"/> findings cover.</summary>
    public IReadOnlyList<TerminologyMention> Find(TextModel document, IReadOnlyList<Finding> curated)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(curated);
        var tokens = document.Tokens;
        var covered = new bool[tokens.Count];
        var curatedRanges = new List<(TokenRange Tokens, Span Span)>(curated.Count);
        var curatedMentions = new List<TokenRange>(curated.Count);
        foreach (var finding in curated)
        {
            var range = document.TokensIn(finding.Span.Start, finding.Span.End);
            for (var i = range.Start; i < range.End; i++)
            {
                covered[i] = true;
            }
            if (range.End > range.Start)
            {
                curatedMentions.Add(range);
            }
            if (finding.Assertion == Assertion.Present && range.End > range.Start)
            {
                curatedRanges.Add((range, finding.Span));
            }
        }
        curatedRanges.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
        curatedMentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        // Only the sections read below are normalised: every pattern and its context lie within one sentence of one.
        var normal = new Token[tokens.Count];
        var mentions = new List<TerminologyMention>();
        IReadOnlyList<Section> sections = document.Sections.Count > 0
            ? document.Sections
            : [new Section(SectionRuleSet.BodyCategory, null, Span.Of(document.Text, 0, document.Text.Length))];
        foreach (var section in sections)
        {
            var rule = sectionRules.Find(section.Category);
            if (!rule.Coded || (rule.DefaultAssertion is not null && rule.DefaultAssertion != Assertion.Historical))
            {
                continue;
            }
            var lastingOnly = rule.DefaultAssertion == Assertion.Historical;
            var content = document.TokensIn(section.Content.Start, section.Content.End);
            for (var i = content.Start; i < content.End; i++)
            {
                normal[i] = tokens[i].Kind == TokenKind.Word ? tokens[i] with { Value = index.Normalizer.Normalize(tokens[i].Value) } : tokens[i];
            }
            foreach (var sentence in document.SentencesIn(content))
            {
                FindInSentence(document, normal, covered, curatedRanges, curatedMentions, sentence, section.Category, lastingOnly, mentions);
                FindOverCurated(document, normal, curatedRanges, sentence, section.Category, lastingOnly, mentions);
            }
        }
        return mentions;
    }

    private void FindInSentence(
        TextModel document, Token[] normal, bool[] covered, List<(TokenRange Tokens, Span Span)> curated, List<TokenRange> curatedMentions, TokenRange sentence,
        string section, bool lastingOnly, List<TerminologyMention> mentions)
    {
        var matches = new List<PhraseMatch<TerminologyTerm>>();
        var i = sentence.Start;
        var limit = i;
        while (i < sentence.End)
        {
            if (covered[i])
            {
                i++;
                continue;
            }
            if (limit <= i)
            {
                // The end of this run of words that no curated concept read: a pattern may not reach past it.
                limit = i;
                while (limit < sentence.End && !covered[limit])
                {
                    limit++;
                }
            }
            var match = index.Match(normal, i, limit);
            if (match is null || (match.Value.CapitalsOnly && !WrittenAsTheAbbreviation(document, match.Tokens)) || EndsOnAnotherStructure(document.Tokens, match.Tokens, sentence)
                || (match.Value.BareMainTerm is { } written && !index.StandsAlone(document.Text, document.Tokens, normal, match.Tokens, sentence, written)))
            {
                i++;
                continue;
            }
            matches.Add(match);
            i = match.Tokens.End;
        }
        if (HasCoordination(normal, sentence))
        {
            matches.AddRange(SharedHeadMatches(normal, covered, sentence, matches, curated));
        }
        if (matches.Count > 0)
        {
            AddPresent(document, sentence, section, lastingOnly, matches, new Span?[matches.Count], mentions, CuratedIn(sentence, curatedMentions, matches));
        }
    }

    /// <summary>
    /// The curated mentions of <paramref name="sentence"/> (<paramref name="curatedMentions"/>, in order, whatever their
    /// assertion) that overlap none of <paramref name="matches"/>: items of the same list as a match, so that a result
    /// written after the list reaches a match through them ("HIV, hepatitis B and syphilis negative": the curated
    /// "hepatitis B" and "syphilis" carry the negation back to "HIV").
    /// </summary>
    private static List<TokenRange> CuratedIn(TokenRange sentence, List<TokenRange> curatedMentions, List<PhraseMatch<TerminologyTerm>> matches)
    {
        var inSentence = new List<TokenRange>();
        foreach (var range in curatedMentions)
        {
            if (range.Start >= sentence.End)
            {
                break;
            }
            if (range.Start >= sentence.Start && range.End <= sentence.End
                && !matches.Exists(match => match.Tokens.Start < range.End && range.Start < match.Tokens.End))
            {
                inSentence.Add(range);
            }
        }
        return inSentence;
    }

    /// <summary>
    /// The conditions that coordination states beside a match or a curated finding, each matched whole by one pattern:
    /// modifiers sharing its head ("hepatic and splenic abscesses": "splenic abscesses" D73.3 and "hepatic abscesses"
    /// K75.0; "renal, hepatic and splenic cysts"), and sites sharing the condition named before "of"/"in" ("abscesses in
    /// the liver and spleen": "abscess of spleen" D73.3 too). A shared word is one that nothing else read.
    /// </summary>
    private List<PhraseMatch<TerminologyTerm>> SharedHeadMatches(
        Token[] normal, bool[] covered, TokenRange sentence, List<PhraseMatch<TerminologyTerm>> matches, List<(TokenRange Tokens, Span Span)> curated)
    {
        var found = new List<PhraseMatch<TerminologyTerm>>();
        foreach (var match in matches)
        {
            AddModifiersSharing(match.Tokens, normal, covered, sentence, matches, found);
        }
        foreach (var (range, _) in curated)
        {
            if (range.Start >= sentence.End)
            {
                break;
            }
            if (range.Start >= sentence.Start && range.End <= sentence.End)
            {
                AddModifiersSharing(range, normal, covered, sentence, matches, found);
            }
        }
        foreach (var match in matches)
        {
            AddSitesSharing(match.Tokens, normal, covered, sentence, found);
        }
        return found;
    }

    // "hepatic and splenic abscesses": each one-word modifier coordinated before the head's first word, read with the rest
    // of the head; the mention spans from the modifier to the head's end.
    private void AddModifiersSharing(
        TokenRange head, Token[] normal, bool[] covered, TokenRange sentence, List<PhraseMatch<TerminologyTerm>> matches, List<PhraseMatch<TerminologyTerm>> found)
    {
        var shared = head.End - head.Start - 1;
        for (var modifier = head.Start - 2; shared > 0 && modifier >= sentence.Start; modifier -= 2)
        {
            if (!normal[modifier + 1].IsCoordination || normal[modifier].Kind != TokenKind.Word || covered[modifier]
                || matches.Any(match => match.Tokens.Start <= modifier && modifier < match.Tokens.End))
            {
                return;
            }
            Token[] words = [normal[modifier], .. normal[(head.Start + 1)..head.End]];
            if (WholeMatch(words) is { } term)
            {
                found.Add(new PhraseMatch<TerminologyTerm>(term, new TokenRange(modifier, head.End)));
            }
        }
    }

    // "abscesses in the liver and spleen": a match that ends on "of"/"in" (and "the") and a site; each one-word site
    // coordinated after it, read in that site's place; the mention spans from the match's start to that site.
    private void AddSitesSharing(TokenRange match, Token[] normal, bool[] covered, TokenRange sentence, List<PhraseMatch<TerminologyTerm>> found)
    {
        if (match.End - match.Start < 3)
        {
            return;
        }
        var site = match.End - 1;
        var link = normal[site - 1].Value == "the" ? site - 2 : site - 1;
        if (link <= match.Start || normal[link].Value is not ("of" or "in"))
        {
            return;
        }
        for (var at = match.End; at + 1 < sentence.End && normal[at].IsCoordination; )
        {
            var next = normal[at + 1].Value == "the" && at + 2 < sentence.End ? at + 2 : at + 1;
            if (normal[next].Kind != TokenKind.Word || covered[next])
            {
                return;
            }
            Token[] words = [.. normal[match.Start..(link + 1)], normal[next]];
            if (WholeMatch(words) is { } term)
            {
                found.Add(new PhraseMatch<TerminologyTerm>(term, new TokenRange(match.Start, next + 1)));
            }
            at = next + 1;
        }
    }

    // The term one pattern reads over all of <paramref name="words"/>, unless it is a bare main term or capitals-only.
    private TerminologyTerm? WholeMatch(Token[] words) =>
        index.Match(words, 0, words.Length) is { } read && read.Tokens.End == words.Length && read.Value.BareMainTerm is null && !read.Value.CapitalsOnly
            ? read.Value
            : null;

    private static bool HasCoordination(Token[] normal, TokenRange sentence)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (normal[i].IsCoordination)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Adds to <paramref name="mentions"/> the <paramref name="matches"/> the assertion detector finds present, or lasting
    /// conditions stated as history; in a history section (<paramref name="lastingOnly"/>) only lasting conditions.
    /// </summary>
    private void AddPresent(
        TextModel document, TokenRange sentence, string section, bool lastingOnly, IReadOnlyList<PhraseMatch<TerminologyTerm>> matches,
        IReadOnlyList<Span?> over, List<TerminologyMention> mentions, IReadOnlyList<TokenRange>? listNeighbours = null)
    {
        var (targets, targetOf) = WithListNeighbours(matches, listNeighbours ?? []);
        var decisions = assertions.Assess(document.Text, document.Tokens, sentence, targets);
        for (var m = 0; m < matches.Count; m++)
        {
            var decision = AssertionDetector.WithNegatingPrefix(document.Text, document.Tokens[matches[m].Tokens.Start].Start, decisions[targetOf[m]]);
            if (IsThePatients(decision, matches[m].Value, lastingOnly) || IsInjuryFollowedUp(document, sentence, decision, matches[m].Value, lastingOnly))
            {
                var tokens = matches[m].Tokens;
                var span = Span.Of(document.Text, document.Tokens[tokens.Start].Start, document.Tokens[tokens.End - 1].End);
                mentions.Add(new TerminologyMention(matches[m].Value.Code, span, section, over[m]));
            }
        }
    }

    /// <summary>
    /// The targets to assess: the matches' ranges, with <paramref name="neighbours"/> (curated mentions of the same sentence)
    /// merged in by position when there are any, and where each match's own decision lies among them.
    /// </summary>
    private static (TokenRange[] Targets, int[] TargetOf) WithListNeighbours(IReadOnlyList<PhraseMatch<TerminologyTerm>> matches, IReadOnlyList<TokenRange> neighbours)
    {
        var targetOf = new int[matches.Count];
        if (neighbours.Count == 0)
        {
            for (var m = 0; m < matches.Count; m++)
            {
                targetOf[m] = m;
            }
            return (matches.Select(match => match.Tokens).ToArray(), targetOf);
        }
        var ordered = matches.Select((match, m) => (Range: match.Tokens, Match: m))
            .Concat(neighbours.Select(range => (Range: range, Match: -1)))
            .OrderBy(target => target.Range.Start)
            .ToArray();
        for (var t = 0; t < ordered.Length; t++)
        {
            if (ordered[t].Match >= 0)
            {
                targetOf[ordered[t].Match] = t;
            }
        }
        return (ordered.Select(target => target.Range).ToArray(), targetOf);
    }

    /// <summary>
    /// True when a mention with <paramref name="decision"/> is the patient's condition now: stated present (in a history
    /// section only when it lasts), or a lasting condition whose history trigger only dates its onset ("history of
    /// hypothyroidism"; not "hypothyroidism in childhood").
    /// </summary>
    private bool IsThePatients(AssertionDecision decision, TerminologyTerm term, bool lastingOnly) => decision.Assertion switch
    {
        Assertion.Present => !lastingOnly || index.Lasts(term.Code),
        Assertion.Historical => decision.DatesOnset && index.Lasts(term.Code),
        _ => false,
    };

    // An injury stated as treated before ("status post fixation of a tibial plateau fracture") in the opening of a follow-up
    // visit is the injury the visit follows up (InjuryEncounter codes it with the subsequent encounter).
    private static bool IsInjuryFollowedUp(TextModel document, TokenRange sentence, AssertionDecision decision, TerminologyTerm term, bool lastingOnly) =>
        decision.Assertion == Assertion.Historical && !lastingOnly && InjuryEncounter.IsInjuryChapter(term.Code) && InjuryEncounter.FollowsUpAt(document, sentence);

    /// <summary>
    /// The longest patterns that read every word of a present curated finding of <paramref name="sentence"/> and more
    /// ("pneumonia caused by Pseudomonas" over the curated "pneumonia"), each stated present, as mentions that name the
    /// curated evidence they read more of.
    /// </summary>
    private void FindOverCurated(
        TextModel document, Token[] normal, List<(TokenRange Tokens, Span Span)> curated, TokenRange sentence, string section, bool lastingOnly,
        List<TerminologyMention> mentions)
    {
        List<(PhraseMatch<TerminologyTerm> Match, Span Over)>? found = null;
        foreach (var (range, span) in curated)
        {
            if (range.Start < sentence.Start || range.End > sentence.End)
            {
                continue;
            }
            PhraseMatch<TerminologyTerm>? best = null;
            for (var start = Math.Max(sentence.Start, range.Start - MaxWordsBeforeCurated); start <= range.Start; start++)
            {
                var match = index.Match(normal, start, sentence.End);
                if (match is not null && match.Tokens.End >= range.End && match.Value.BareMainTerm is null && !match.Value.CapitalsOnly
                    && !EndsOnAnotherStructure(document.Tokens, match.Tokens, sentence)
                    && match.Tokens.End - match.Tokens.Start > range.End - range.Start
                    && (best is null || match.Tokens.End - match.Tokens.Start > best.Tokens.End - best.Tokens.Start))
                {
                    best = match;
                }
            }
            if (best is not null)
            {
                (found ??= []).Add((best, span));
            }
        }
        if (found is not null)
        {
            AddPresent(document, sentence, section, lastingOnly, found.Select(item => item.Match).ToArray(), found.Select(item => (Span?)item.Over).ToArray(), mentions);
        }
    }

    // "atherosclerosis of the aortic | valve": the pattern's last word is an organ adjective that the next word makes another structure's.
    private bool EndsOnAnotherStructure(IReadOnlyList<Token> tokens, TokenRange match, TokenRange sentence) =>
        match.End < sentence.End
        && index.Rules.StructureNouns is { } structures
        && structures.TryGetValue(tokens[match.End - 1].Value, out var nouns)
        && nouns.Contains(tokens[match.End].Value, StringComparer.Ordinal);

    // A capitals-only short form counts written in capitals and not as the short form of other words ("pleural effusion (PE)").
    private static bool WrittenAsTheAbbreviation(TextModel document, TokenRange tokens) =>
        WrittenInCapitals(document, tokens)
        && !AbbreviationUse.StandsForSomethingElse(document.Text, document.Tokens[tokens.Start].Start, document.Tokens[tokens.End - 1].End);

    private static bool WrittenInCapitals(TextModel document, TokenRange tokens)
    {
        for (var i = tokens.Start; i < tokens.End; i++)
        {
            foreach (var c in document.Text.AsSpan(document.Tokens[i].Start, document.Tokens[i].Length))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
