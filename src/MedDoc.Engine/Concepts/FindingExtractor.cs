using MedDoc.Engine.Assertions;
using MedDoc.Engine.Rules;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Concepts;

/// <summary>
/// Finds lexicon concepts in the text and decides each one's assertion. Terms match whole tokens of the
/// normalized text (case, white space and hyphens ignored; qualifiers of Rules/term_qualifiers.json may sit
/// inside a term); the longest term at a position wins. Each sentence goes through the
/// <see cref="AssertionDetector"/>; a mention with no trigger takes its section's default assertion
/// ("FAMILY HISTORY: diabetes" → family; under PAST MEDICAL HISTORY a concept stays present unless it is
/// marked as an episode, "chronic": false, which is historical). Example: "No pneumothorax. Mild cardiomegaly." → pneumothorax negated,
/// cardiomegaly present.
/// </summary>
public sealed class FindingExtractor
{
    private readonly PhraseMatcher<ConceptRule> _terms;
    private readonly AssertionDetector _assertions;
    private readonly SectionRuleSet _sections;

    /// <summary>An extractor over <paramref name="lexicon"/> with the embedded assertion, section and qualifier rules.</summary>
    public FindingExtractor(ConceptLexicon lexicon)
        : this(lexicon, new AssertionDetector(), SectionRuleSet.Embedded)
    {
    }

    /// <summary>An extractor over <paramref name="lexicon"/> with the given assertion detector and section rules.</summary>
    public FindingExtractor(ConceptLexicon lexicon, AssertionDetector assertions, SectionRuleSet sections)
    {
        Lexicon = lexicon;
        _assertions = assertions;
        _sections = sections;
        var qualifiers = RuleResources.Read<TermQualifierFile>("term_qualifiers.json").Words;
        _terms = new PhraseMatcher<ConceptRule>(qualifiers);
        foreach (var concept in lexicon.Concepts)
        {
            foreach (var term in concept.Terms)
            {
                _terms.Add(term, concept);
            }
        }
    }

    /// <summary>The lexicon this extractor matches against.</summary>
    public ConceptLexicon Lexicon { get; }

    /// <summary>Every concept mention in <paramref name="text"/> with its assertion and section, in text order.</summary>
    public IReadOnlyList<Finding> Extract(string text, IReadOnlyList<Section> sections)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<Section> parts = sections.Count > 0 ? sections : [new Section(SectionRuleSet.BodyCategory, null, Span.Of(text, 0, text.Length))];
        var findings = new List<Finding>();
        foreach (var section in parts)
        {
            ExtractSection(text, section, findings);
        }
        return findings;
    }

    private void ExtractSection(string text, Section section, List<Finding> findings)
    {
        var tokens = Tokenizer.Tokenize(text, section.Content.Start, section.Content.End);
        if (tokens.Count == 0)
        {
            return;
        }
        var rule = _sections.Find(section.Category);
        var targets = new List<TokenRange>();
        foreach (var sentence in SentenceSplitter.Split(text, tokens))
        {
            var matches = _terms.FindAll(tokens, sentence);
            if (matches.Count == 0)
            {
                continue;
            }
            targets.Clear();
            foreach (var match in matches)
            {
                targets.Add(match.Tokens);
            }
            var decisions = _assertions.Assess(text, tokens, sentence, targets);
            for (var i = 0; i < matches.Count; i++)
            {
                var concept = matches[i].Value;
                var range = matches[i].Tokens;
                var span = Span.Of(text, tokens[range.Start].Start, tokens[range.End - 1].End);
                var decision = decisions[i];
                var assertion = decision.Trigger is null ? SectionDefault(rule, concept) : decision.Assertion;
                findings.Add(new Finding(concept.Id, concept.Name, assertion, span, section.Category, decision.Trigger?.Text));
            }
        }
    }

    private static Assertion SectionDefault(SectionRule rule, ConceptRule concept) => rule.DefaultAssertion switch
    {
        null => Assertion.Present,
        Assertion.Historical when concept.Chronic != false => Assertion.Present,
        var assertion => assertion.Value,
    };
}
