using MedDoc.Engine.Assertions;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Rules;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Concepts;

/// <summary>
/// Finds lexicon concepts in the text and decides each one's assertion. Terms match whole tokens of the
/// normalized text (case, white space and hyphens ignored; qualifiers of Rules/term_qualifiers.json may sit
/// inside a term; a term's regular plural matches too, see <see cref="TermPlural"/>); the longest term at a position wins. Each sentence goes through the
/// <see cref="AssertionDetector"/>; a mention with no trigger takes its section's default assertion
/// ("FAMILY HISTORY: diabetes" → family; under PAST MEDICAL HISTORY a concept stays present unless it is
/// marked as an episode, "chronic": false, which is historical). A lasting condition stated as history anywhere ("history
/// of type 2 diabetes") is still the patient's and takes its section's assertion: one whose code lies in
/// Rules/lasting_conditions.json (<see cref="LastingConditions"/>), unless the concept says otherwise with its "chronic" flag. A concept's abbreviation that also spells a name
/// counts only in a clinical context (see <see cref="ConceptRule.Abbreviations"/>); a term hyphen-joined after "anti" is what a
/// drug or an antibody acts against ("anti-insulin antibodies"), not the concept. A long-term drug therapy (Z79) that the
/// sentence says the report begins ("apixaban was started") is hypothetical (<see cref="LastingConditions.StatesTherapyBegun"/>), and one
/// written as the treatment given ("treatment with warfarin") stays the patient's where a condition would not (<see cref="AssertionRule.NamesTreatment"/>). Example: "No pneumothorax. Mild cardiomegaly." → pneumothorax negated,
/// cardiomegaly present.
/// </summary>
public sealed class FindingExtractor
{
    // Labels that open a line identifying the patient ("Patient: DOE, JANE"); abbreviations there are names.
    private static readonly string[] NameLabels = ["patient", "patient name", "name", "pt", "pt name"];

    // A status the patient has now whatever section lists it (see IsCurrentStatus).
    private static readonly CodeRange[] CurrentStatusCodes = [.. new[] { "Z21", "Z68", "Z79", "Z89-Z99" }.Select(CodeRange.Parse)];

    // A long-term (current) drug therapy (see IsTherapyBegun).
    private static readonly CodeRange LongTermDrugTherapy = CodeRange.Parse("Z79");

    // A personal history of a disease (see IsLastingConditionStatedAsHistory).
    private static readonly CodeRange PersonalHistoryCodes = CodeRange.Parse("Z85-Z87");

    private readonly PhraseMatcher<ConceptRule> _terms;
    private readonly PhraseMatcher<ConceptRule> _composed;
    private readonly AssertionDetector _assertions;
    private readonly SectionRuleSet _sections;
    private readonly Dictionary<ConceptRule, Lasting> _lasting;

    /// <summary>An extractor over <paramref name="lexicon"/> with the embedded assertion, section and qualifier rules and catalog.</summary>
    public FindingExtractor(ConceptLexicon lexicon)
        : this(lexicon, new AssertionDetector(), SectionRuleSet.Embedded, IcdCatalog.Embedded)
    {
    }

    /// <summary>
    /// An extractor over <paramref name="lexicon"/> with the given assertion detector and section rules; a concept's code
    /// is looked up in <paramref name="catalog"/> to tell whether it lasts.
    /// </summary>
    public FindingExtractor(ConceptLexicon lexicon, AssertionDetector assertions, SectionRuleSet sections, IcdCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Lexicon = lexicon;
        _assertions = assertions;
        _sections = sections;
        _lasting = lexicon.Concepts.ToDictionary<ConceptRule, ConceptRule, Lasting>(concept => concept, concept => LastingOf(concept, catalog), ReferenceEqualityComparer.Instance);
        var qualifierFile = RuleResources.Read<TermQualifierFile>("term_qualifiers.json");
        var qualifiers = qualifierFile.Words;
        _terms = new PhraseMatcher<ConceptRule>(qualifiers);
        var links = lexicon.Concepts.SelectMany(concept => concept.Composed?.Links ?? []).Concat(qualifiers);
        _composed = new PhraseMatcher<ConceptRule>(links, ConceptComposition.MaxLinkWords, ConceptComposition.MaxLinkWords);
        foreach (var concept in lexicon.Concepts)
        {
            foreach (var term in concept.Terms.Concat(concept.Abbreviations ?? []))
            {
                _terms.Add(term, concept);
            }
            foreach (var phrase in concept.Composed?.Phrases() ?? [])
            {
                _composed.Add(phrase, concept);
            }
        }
        // The plural of every term, unless a term of its own already spells it (then that concept keeps it).
        foreach (var concept in lexicon.Concepts)
        {
            foreach (var term in concept.Terms)
            {
                if (TermPlural.Of(term) is { } plural)
                {
                    _terms.Add(plural, concept);
                }
            }
        }
    }

    /// <summary>The lexicon this extractor matches against.</summary>
    public ConceptLexicon Lexicon { get; }

    /// <summary>Every concept mention in <paramref name="document"/> with its assertion and section, in text order, sentence by sentence of the document's own split.</summary>
    public IReadOnlyList<Finding> Extract(TextModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        IReadOnlyList<Section> parts = document.Sections.Count > 0 ? document.Sections : [new Section(SectionRuleSet.BodyCategory, null, Span.Of(text, 0, text.Length))];
        var findings = new List<Finding>();
        var latestYear = DatedEpisode.LatestYear(document.Tokens);
        var statedAge = DatedEpisode.StatedAge(document.Tokens);
        foreach (var section in parts)
        {
            ExtractSection(document, section, latestYear, statedAge, findings);
        }
        return findings;
    }

    private void ExtractSection(TextModel document, Section section, int? latestYear, int? statedAge, List<Finding> findings)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokensIn(section.Content.Start, section.Content.End);
        if (range.Count == 0)
        {
            return;
        }
        var rule = _sections.Find(section.Category);
        var targets = new List<TokenRange>();
        foreach (var sentence in document.SentencesIn(range))
        {
            var matches = WithComposed(_terms.FindAll(tokens, sentence).Where(match => !IsNameNotAbbreviation(text, tokens, match) && !AbbreviationUse.FollowsAnti(text, tokens[match.Tokens.Start].Start) && NamesItsSite(tokens, sentence, match.Value)).ToList(), ComposedAt(tokens, sentence));
            if (matches.Count == 0)
            {
                continue;
            }
            var heads = WithElidedTypes(text, tokens, sentence, matches);
            targets.Clear();
            foreach (var match in matches)
            {
                targets.Add(match.Tokens);
            }
            var decisions = _assertions.Assess(text, tokens, sentence, targets);
            for (var i = 0; i < matches.Count; i++)
            {
                var concept = matches[i].Value;
                var matched = matches[i].Tokens;
                var span = Span.Of(text, tokens[heads?[i] ?? matched.Start].Start, tokens[matched.End - 1].End);
                var decision = NegatingPrefix.Precedes(text, tokens[matched.Start].Start) && !QualifiesOnlyItsModifier(tokens, matches[i])
                    ? AssertionDetector.WithNegatingPrefix(text, tokens[matched.Start].Start, decisions[i])
                    : decisions[i];
                if (decision.NamesTreatment && concept.Code is { } drugCode && LongTermDrugTherapy.Contains(drugCode))
                {
                    // "Treatment with warfarin": the drug is the treatment the words name, the patient's own (a condition there is not).
                    decision = AssertionDecision.Present;
                }
                var lasts = (decision.Assertion == Assertion.Historical || rule.DefaultAssertion == Assertion.Historical) && Lasts(concept, tokens, matched);
                var lasting = IsLastingConditionStatedAsHistory(decision, concept, lasts) || IsMalignancyStillTreated(decision, concept, tokens, sentence);
                var assertion = decision.Trigger is null || lasting ? SectionDefault(rule, concept, lasts) : decision.Assertion;
                var trigger = lasting ? null : decision.Trigger?.Text;
                if (assertion == Assertion.Present && (concept.HistoryCode is not null || concept.PastProcedure == true)
                    && (DatedEpisode.PastDateAfter(tokens, matched, sentence, latestYear) ?? DatedEpisode.PastAgeAfter(tokens, matched, sentence, statedAge)) is { } date)
                {
                    assertion = Assertion.Historical;
                    trigger = text[tokens[date.Start].Start..tokens[date.End - 1].End];
                }
                if (assertion == Assertion.Present && concept.Code is { } code && LongTermDrugTherapy.Contains(code)
                    && LastingConditions.Embedded.StatesTherapyBegun(tokens, sentence) is { } begun)
                {
                    // "Warfarin was started": a therapy the report begins is planned, not yet the patient's long-term one.
                    assertion = Assertion.Hypothetical;
                    trigger = text[tokens[begun.Start].Start..tokens[begun.End - 1].End];
                }
                findings.Add(new Finding(concept.Id, concept.Name, assertion, span, section.Category, trigger));
            }
        }
    }

    // Whether the words of a match after its first still name its concept ("calcified nodule" → "nodule"): a "non-" joined to
    // that first word then negates only the modifier ("non-calcified nodule" is a nodule), not the concept.
    private bool QualifiesOnlyItsModifier(IReadOnlyList<Token> tokens, PhraseMatch<ConceptRule> match) =>
        match.Tokens.Count > 1 && _terms.Match(tokens, match.Tokens.Start + 1, match.Tokens.End) is { } rest
        && rest.Value == match.Value && rest.Tokens.End == match.Tokens.End;

    /// <summary>
    /// Adds to <paramref name="matches"/> the concepts named by types written after a match with its head left out
    /// (<see cref="ElidedTypes"/>: "hepatitis B and C" → hepatitis C at "C"), each assessed at its type; returns the token
    /// where each match's evidence starts, the head's for an elided type ("hepatitis B and C"), or null when no type was
    /// elided and each match's evidence starts at its own first token (the common case, which allocates nothing).
    /// </summary>
    private List<int>? WithElidedTypes(string text, IReadOnlyList<Token> tokens, TokenRange sentence, List<PhraseMatch<ConceptRule>> matches)
    {
        List<(PhraseMatch<ConceptRule> Match, int Head)>? elided = null;
        foreach (var match in matches)
        {
            foreach (var type in ElidedTypes.After(text, tokens, match.Tokens, sentence.End))
            {
                var named = tokens.Skip(match.Tokens.Start).Take(match.Tokens.Count - 1).Append(tokens[type]).ToArray();
                if (_terms.Match(named, 0, named.Length) is { } full && full.Tokens.End == named.Length && full.Value != match.Value
                    && !matches.Any(other => other.Tokens.Start <= type && type < other.Tokens.End))
                {
                    (elided ??= []).Add((new PhraseMatch<ConceptRule>(full.Value, new TokenRange(type, type + 1)), match.Tokens.Start));
                }
            }
        }
        if (elided is null)
        {
            return null;
        }
        var all = matches.Select(match => (Match: match, Head: match.Tokens.Start)).Concat(elided).OrderBy(item => item.Match.Tokens.Start).ToList();
        matches.Clear();
        matches.AddRange(all.Select(item => item.Match));
        return all.Select(item => item.Head).ToList();
    }

    /// <summary>The longest composed match starting at each token of <paramref name="sentence"/>; they may overlap.</summary>
    private List<PhraseMatch<ConceptRule>> ComposedAt(IReadOnlyList<Token> tokens, TokenRange sentence)
    {
        var matches = new List<PhraseMatch<ConceptRule>>();
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (_composed.Match(tokens, i, sentence.End) is { } match)
            {
                matches.Add(match);
            }
        }
        return matches;
    }

    /// <summary>
    /// The term matches with the composed ones ("calcification … aortic arch") that do not overlap a term match at least as
    /// long, a composed match replacing the shorter term matches it covers ("atherosclerosis" inside "atherosclerosis of
    /// the aortic arch"); in text order.
    /// </summary>
    private static List<PhraseMatch<ConceptRule>> WithComposed(List<PhraseMatch<ConceptRule>> terms, IReadOnlyList<PhraseMatch<ConceptRule>> composed)
    {
        if (composed.Count == 0)
        {
            return terms;
        }
        var kept = new List<PhraseMatch<ConceptRule>>(terms.Count + composed.Count);
        var taken = new HashSet<int>();
        foreach (var match in terms.Concat(composed).OrderByDescending(match => match.Tokens.Count).ThenBy(match => match.Tokens.Start))
        {
            if (!Enumerable.Range(match.Tokens.Start, match.Tokens.Count).Any(taken.Contains))
            {
                kept.Add(match);
                taken.UnionWith(Enumerable.Range(match.Tokens.Start, match.Tokens.Count));
            }
        }
        return kept.OrderBy(match => match.Tokens.Start).ToList();
    }

    /// <summary>True unless <paramref name="concept"/> lists site words and none is in <paramref name="sentence"/> ("testicular nodule" is no lung nodule).</summary>
    private static bool NamesItsSite(IReadOnlyList<Token> tokens, TokenRange sentence, ConceptRule concept)
    {
        if (concept.SiteWords is not { Count: > 0 } words)
        {
            return true;
        }
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (words.Contains(tokens[i].Value, StringComparer.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="match"/> is a concept abbreviation written as something else: a name (mixed case "Doe", or on
    /// a patient-name line), or the short form of other words (<see cref="AbbreviationUse"/>: "a septal defect (MI)", "123I-MI").
    /// </summary>
    private static bool IsNameNotAbbreviation(string text, IReadOnlyList<Token> tokens, PhraseMatch<ConceptRule> match)
    {
        var abbreviations = match.Value.Abbreviations;
        if (abbreviations is null || abbreviations.Count == 0)
        {
            return false;
        }
        var start = tokens[match.Tokens.Start].Start;
        var written = text[start..tokens[match.Tokens.End - 1].End];
        if (!abbreviations.Contains(written, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }
        if (written != written.ToUpperInvariant() && written != written.ToLowerInvariant())
        {
            return true;
        }
        if (AbbreviationUse.StandsForSomethingElse(text, start, start + written.Length))
        {
            return true;
        }
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var line = text.AsSpan(lineStart, start - lineStart).TrimStart();
        foreach (var label in NameLabels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase) && line[label.Length..].TrimStart().StartsWith(":"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a lasting condition (<see cref="Lasts"/>) is stated as history by a trigger that dates its onset ("a history of
    /// hypertension on lisinopril"): the patient still has it, so it takes its section's assertion as if no trigger were
    /// there; "asthma in childhood" stays historical. So does a concept whose code is itself a personal history code (Z85–Z87),
    /// whatever the trigger: history is what it states ("history of ex-smoker", "former smoker, quit 10 years ago" →
    /// Z87.891). An episode or a condition that does not last stays historical ("history of pneumonia").
    /// </summary>
    private static bool IsLastingConditionStatedAsHistory(AssertionDecision decision, ConceptRule concept, bool lasts) =>
        decision.Assertion == Assertion.Historical && ((decision.DatesOnset && lasts) || IsPersonalHistoryCode(concept.Code));

    /// <summary>
    /// True when a malignancy is stated as history by a trigger that dates its onset and its sentence says treatment is still
    /// directed at it ("a history of prostate cancer, currently under treatment with LHRH analogues"): the malignancy is
    /// current (guidelines I.C.2.d, I.C.2.m); excised and no longer treated, it stays history.
    /// </summary>
    private static bool IsMalignancyStillTreated(AssertionDecision decision, ConceptRule concept, IReadOnlyList<Token> tokens, TokenRange sentence) =>
        decision.Assertion == Assertion.Historical && decision.DatesOnset && LastingConditions.IsMalignancy(concept.Code)
        && LastingConditions.Embedded.StatesOngoingTreatment(tokens, sentence);

    /// <summary>
    /// True when the mention <paramref name="matched"/> of <paramref name="concept"/> names a condition that lasts once
    /// diagnosed: the concept's "chronic" flag when it has one, otherwise whether Rules/lasting_conditions.json covers its
    /// code (hypothyroidism E03.9 lasts, pneumonia J18.9 does not) or the text calls a disease chronic ("chronic anemia",
    /// "chronic neck pain"; a symptom of chapter R stays a symptom: "chronic dizziness").
    /// </summary>
    private bool Lasts(ConceptRule concept, IReadOnlyList<Token> tokens, TokenRange matched) =>
        _lasting.GetValueOrDefault(concept) switch
        {
            Lasting.Always => true,
            Lasting.WhenSaidChronic => SaysChronic(tokens, matched),
            _ => false,
        };

    // Decided once per concept when the extractor is built: a lookup per mention, not a catalog search.
    private static Lasting LastingOf(ConceptRule concept, IcdCatalog catalog) => concept switch
    {
        { Chronic: true } => Lasting.Always,
        { Chronic: false } or { Code: null } => Lasting.Never,
        { Code: { } code } when LastingConditions.Embedded.Covers(code, catalog) => Lasting.Always,
        { Code: { } code } when LastingConditions.NamesDisease(code) => Lasting.WhenSaidChronic,
        _ => Lasting.Never,
    };

    private enum Lasting
    {
        Never,
        WhenSaidChronic,
        Always,
    }

    private static bool SaysChronic(IReadOnlyList<Token> tokens, TokenRange matched)
    {
        for (var i = Math.Max(0, matched.Start - 1); i < matched.End; i++)
        {
            if (tokens[i].Value.Equals("chronic", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True for a status the patient has now, whatever the section lists it under: long-term drug therapy (Z79: "PMH: on
    /// Coumadin for atrial fibrillation"), dependence on a machine, an implant or transplant, an artificial opening
    /// (Z89–Z99), HIV status (Z21), a body mass index (Z68). A past procedure's status is not one: it is coded because the
    /// procedure is past (<see cref="ConceptRule.PastProcedure"/>).
    /// </summary>
    private static bool IsCurrentStatus(ConceptRule concept) =>
        concept is { PastProcedure: not true, Code: { } code } && CurrentStatusCodes.Any(range => range.Contains(code));

    private static bool IsPersonalHistoryCode(string? code) => code is not null && PersonalHistoryCodes.Contains(code);

    /// <summary>
    /// The assertion of a mention with no trigger of its own: its section's default, except under a history section. There a
    /// procedure is past (its status is coded: "PMH: hysterectomy" → Z90.710). A condition listed under a medical history is
    /// still the patient's unless its concept is an episode ("PMH: hypertension" → present, "PMH: pneumonia 2015" →
    /// historical); one listed under a history of operations was what was operated on, still the patient's only when it
    /// lasts or is a current status ("PSH: inguinal hernia repair" → historical, "PSH: CABG for coronary artery disease" →
    /// present).
    /// </summary>
    private static Assertion SectionDefault(SectionRule rule, ConceptRule concept, bool lasts) => rule.DefaultAssertion switch
    {
        null => Assertion.Present,
        Assertion.Historical when concept.PastProcedure == true => Assertion.Historical,
        Assertion.Historical when rule.ListsOperations => lasts || IsCurrentStatus(concept) ? Assertion.Present : Assertion.Historical,
        Assertion.Historical when concept.Chronic != false => Assertion.Present,
        var assertion => assertion.Value,
    };
}
