using MedDoc.Engine.Assertions;
using MedDoc.Engine.Concepts;
using MedDoc.Engine.Sections;

namespace MedDoc.Engine.Tests.Rules;

/// <summary>
/// Every rule's <c>example</c> is run through the engine and must do what the rule claims: a concept's or a combination's
/// example ("Assessment: essential hypertension. → I10") codes to the code after the arrow; a section's example
/// ("INDICATION: r/o pneumonia → indication") opens that section; an assertion trigger's example gives its finding the
/// trigger's assertion.
/// </summary>
public sealed class RuleExamplesTests
{
    private static readonly ClinicalEngine Engine = new();

    private static readonly ConceptLexicon Lexicon = ConceptLexicon.Embedded;

    /// <summary>The text before the arrow and the codes after it ("A. B. → I11.0 + I50.9" → ("A. B.", [I11.0, I50.9])).</summary>
    private static (string Text, string[] Codes) Split(string example)
    {
        var arrow = example.IndexOf('→', StringComparison.Ordinal);
        if (arrow < 0)
        {
            return (example, []);
        }
        var codes = example[(arrow + 1)..]
            .Split(['+', ',', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Length >= 3 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiDigit(word[1]) && word.Contains('.', StringComparison.Ordinal) | word.Length == 3)
            .Select(word => word.TrimEnd('.', ';', ')'))
            .ToArray();
        return (example[..arrow].Trim(), codes);
    }

    [Fact]
    public void EveryCodedConceptExampleCodesToItsCode()
    {
        var failures = Lexicon.Concepts
            .Where(concept => concept.Code is not null && concept.Example.Contains('→', StringComparison.Ordinal))
            .Select(concept => (concept, Split(concept.Example)))
            .Where(pair => pair.Item2.Codes.Contains(pair.concept.Code!))
            .Where(pair => !Engine.Analyze(pair.Item2.Text).Codes.Any(code => code.Code == pair.concept.Code))
            .Select(pair => $"{pair.concept.Id}: '{pair.Item2.Text}' does not code {pair.concept.Code} (got {string.Join(", ", Engine.Analyze(pair.Item2.Text).Codes.Select(code => code.Code))})")
            .ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} examples:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void EveryCombinationExampleCodesToItsCombinationCode()
    {
        var failures = Lexicon.Combinations
            .Select(rule => (rule, Split(rule.Example)))
            .Where(pair => !Engine.Analyze(pair.Item2.Text).Codes.Any(code => code.Code == pair.rule.Code))
            .Select(pair => $"{pair.rule.Id}: '{pair.Item2.Text}' does not code {pair.rule.Code} (got {string.Join(", ", Engine.Analyze(pair.Item2.Text).Codes.Select(code => code.Code))})")
            .ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} examples:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void EverySectionExampleOpensItsSection()
    {
        var sectionizer = new Sectionizer();
        var failures = SectionRuleSet.Embedded.Rules
            .Select(rule => (rule, Text: Split(rule.Example).Text))
            .Where(pair => sectionizer.Split(pair.Text).FirstOrDefault(section => section.Header is not null)?.Category != pair.rule.Category)
            .Select(pair => $"{pair.rule.Category}: '{pair.Text}'")
            .ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} examples:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void EveryAssertionTriggerExampleGivesItsFindingTheTriggersAssertion()
    {
        var detector = new AssertionDetector();
        var failures = new List<string>();
        foreach (var rule in detector.Rules.Where(rule => ToAssertion(rule.Category) is not null))
        {
            var findings = Engine.Analyze(rule.Example).Findings;
            if (findings.Count == 0)
            {
                failures.Add($"'{rule.Literal}': '{rule.Example}' has no finding to qualify");
            }
            else if (!findings.Any(finding => finding.Assertion == ToAssertion(rule.Category)))
            {
                failures.Add($"'{rule.Literal}': '{rule.Example}' → {string.Join(", ", findings.Select(finding => $"{finding.Span.Text} {finding.Assertion}"))}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} examples:\n{string.Join('\n', failures)}");
    }

    private static Assertion? ToAssertion(TriggerCategory category) => category switch
    {
        TriggerCategory.Negated => Assertion.Negated,
        TriggerCategory.Possible => Assertion.Possible,
        TriggerCategory.Hypothetical => Assertion.Hypothetical,
        TriggerCategory.Historical => Assertion.Historical,
        TriggerCategory.Family => Assertion.Family,
        _ => null,
    };
}
