using MedDoc.Engine.Coding;
using MedDoc.Engine.Concepts;

namespace MedDoc.Engine.Tests.Rules;

/// <summary>Rules/combinations.json: every rule names real concepts and valid FY2025 billable codes.</summary>
public sealed class CombinationRulesTests
{
    private static readonly ConceptLexicon Lexicon = ConceptLexicon.Embedded;

    private static readonly HashSet<string> ConceptIds = Lexicon.Concepts.Select(concept => concept.Id).ToHashSet(StringComparer.Ordinal);

    private static CombinationRule Rule(string id) => Lexicon.Combinations.Single(rule => rule.Id == id);

    private static string Describe(CombinationRule rule) =>
        $"{string.Join(" + ", rule.AllOf)} → {rule.Code} replacing {string.Join(", ", rule.Replaces)}";

    [Fact]
    public void CombinationsAreShipped()
    {
        Assert.True(Lexicon.Combinations.Count >= 100, $"{Lexicon.Combinations.Count} combination rules");
    }

    [Fact]
    public void CombinationIdsAreUnique()
    {
        Assert.Empty(Lexicon.Combinations.GroupBy(rule => rule.Id).Where(group => group.Count() > 1).Select(group => group.Key));
    }

    [Fact]
    public void EveryCombinationNamesKnownConcepts()
    {
        // Radiology ids (e.g. "pneumonia") are allowed even while engine-core's radiology.json is still being written.
        var unknown = Lexicon.Combinations
            .SelectMany(rule => rule.AllOf.Select(id => (rule.Id, Concept: id)))
            .Where(pair => !ConceptIds.Contains(pair.Concept))
            .Select(pair => $"{pair.Id}: {pair.Concept}");

        Assert.Empty(unknown);
    }

    [Fact]
    public void EveryCombinationNamesEachConceptOnce()
    {
        Assert.Empty(Lexicon.Combinations.Where(rule => rule.AllOf.Count == 0 || rule.AllOf.Distinct().Count() != rule.AllOf.Count).Select(rule => rule.Id));
    }

    [Fact]
    public void EveryCombinationCodeIsBillable()
    {
        Assert.Empty(Lexicon.Combinations.Where(rule => !IcdCatalog.Embedded.IsBillable(rule.Code)).Select(rule => $"{rule.Id}: {rule.Code}"));
    }

    [Fact]
    public void EveryReplacedCodeIsBillable()
    {
        var bad = Lexicon.Combinations
            .SelectMany(rule => rule.Replaces.Select(code => (rule.Id, Code: code)))
            .Where(pair => !IcdCatalog.Embedded.IsBillable(pair.Code))
            .Select(pair => $"{pair.Id}: {pair.Code}");

        Assert.Empty(bad);
    }

    [Fact]
    public void NoCombinationReplacesItsOwnCode()
    {
        Assert.Empty(Lexicon.Combinations.Where(rule => rule.Replaces.Contains(rule.Code)).Select(rule => rule.Id));
    }

    [Fact]
    public void EveryCombinationHasAnExampleShowingItsCodeAndASource()
    {
        var bad = Lexicon.Combinations
            .Where(rule => string.IsNullOrWhiteSpace(rule.Source) || !rule.Example.Split('→').Last().Contains(rule.Code, StringComparison.Ordinal))
            .Select(rule => rule.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void HypertensionWithCkdIsHypertensiveCkd()
    {
        var rule = Rule("hypertension_with_ckd_stage_3a");

        Assert.Equal("hypertension + ckd_stage_3a → I12.9 replacing I10", Describe(rule));
    }

    [Fact]
    public void HypertensionWithEsrdIsStageFiveHypertensiveCkd()
    {
        Assert.Equal("I12.0", Rule("hypertension_with_end_stage_renal_disease").Code);
    }

    [Fact]
    public void HypertensionWithHeartFailureIsHypertensiveHeartDisease()
    {
        var rule = Rule("hypertension_with_heart_failure");

        Assert.Equal("hypertension + heart_failure → I11.0 replacing I10, I11.9", Describe(rule));
    }

    [Fact]
    public void HypertensionWithHeartFailureAndCkdIsHypertensiveHeartAndCkd()
    {
        var rule = Rule("hypertension_with_chronic_diastolic_heart_failure_and_ckd_stage_4");

        Assert.Equal(("I13.0", true, true), (rule.Code, rule.Replaces.Contains("I11.0"), rule.Replaces.Contains("I12.9")));
    }

    [Fact]
    public void HypertensionWithHeartFailureAndEsrdIsStageFiveHypertensiveHeartAndCkd()
    {
        Assert.Equal("I13.2", Rule("hypertension_with_heart_failure_and_end_stage_renal_disease").Code);
    }

    [Fact]
    public void TypeTwoDiabetesWithCkdIsDiabeticCkd()
    {
        var rule = Rule("type_2_diabetes_with_chronic_kidney_disease");

        Assert.Equal("type_2_diabetes + chronic_kidney_disease → E11.22 replacing E11.9", Describe(rule));
    }

    [Fact]
    public void TypeOneDiabetesWithNeuropathyIsTypeOneDiabeticNeuropathy()
    {
        var rule = Rule("type_1_diabetes_with_diabetic_neuropathy");

        Assert.Equal(("E10.40", true), (rule.Code, rule.Replaces.Contains("E11.40")));
    }

    [Fact]
    public void SepticShockAlsoCodesTheSepsis()
    {
        Assert.Equal("septic_shock → A41.9 replacing ", Describe(Rule("septic_shock_with_sepsis_code")));
    }

    [Fact]
    public void EveryHypertensionWithCkdStageHasARule()
    {
        var stages = Lexicon.Concepts.Where(concept => concept.Code is { } code && code.StartsWith("N18.", StringComparison.Ordinal)).Select(concept => concept.Id);

        Assert.All(stages, stage => Assert.Contains(Lexicon.Combinations, rule => rule.AllOf.SequenceEqual(["hypertension", stage])));
    }

    [Fact]
    public void EveryTypeTwoDiabetesWithCkdStageHasARule()
    {
        var stages = Lexicon.Concepts.Where(concept => concept.Code is { } code && code.StartsWith("N18.", StringComparison.Ordinal)).Select(concept => concept.Id);

        Assert.All(stages, stage => Assert.Contains(Lexicon.Combinations, rule => rule.AllOf.SequenceEqual(["type_2_diabetes", stage]) && rule.Code == "E11.22"));
    }
}
