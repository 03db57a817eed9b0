using MedDoc.Engine.Coding;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Tests.Coding;

public sealed class AdverseDrugEffectTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    private static bool IsDrugEffect(string code) => code[0] == 'T' && string.CompareOrdinal(code, 0, "T36", 0, 3) >= 0 && string.CompareOrdinal(code, 0, "T50", 0, 3) <= 0;

    [Theory]
    [InlineData("She developed amiodarone-induced hypothyroidism.", "T46.2X5A")]
    [InlineData("Hypothyroidism due to amiodarone was diagnosed in the clinic.", "T46.2X5A")]
    [InlineData("He developed neutropenia secondary to chemotherapy.", "T45.1X5A")]
    [InlineData("He was admitted with digoxin toxicity and bradycardia.", "T46.0X5A")]
    [InlineData("She had an adverse reaction to penicillin with a rash.", "T36.0X5A")]
    [InlineData("Heparin-induced thrombocytopenia was confirmed.", "T45.515A")]
    public void DrugStatedAsTheCauseOfAConditionGivesItsClassAdverseEffect(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void AdverseEffectIsCodedBesideItsManifestation()
    {
        var codes = Codes("She developed amiodarone-induced hypothyroidism.");

        Assert.Contains("E03.9", codes);
        Assert.Contains("T46.2X5A", codes);
    }

    [Theory]
    [InlineData("She took an overdose of paracetamol by mistake.", "T39.1X1A")]
    [InlineData("He was brought in after a paracetamol overdose.", "T39.1X1A")]
    [InlineData("She was admitted after a suicide attempt with an overdose of paracetamol.", "T39.1X2A")]
    public void OverdoseIsAnAccidentalPoisoningUnlessTheSentenceStatesSelfHarm(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("There was no evidence of drug-induced hepatitis.")]
    [InlineData("He denied drug use.")]
    [InlineData("He has a history of lithium toxicity.")]
    [InlineData("I discussed the side effects of the medication with him.")]
    [InlineData("Statins associated with myopathy were mentioned.")]
    [InlineData("The list of drug-related allergies was updated.")]
    [InlineData("He takes amiodarone for atrial fibrillation.")]
    public void NegatedHistoricalCounsellingOrUnstatedEffectGivesNoDrugCode(string text)
    {
        Assert.DoesNotContain(Codes(text), IsDrugEffect);
    }

    [Fact]
    public void UnnamedDrugIsCodedWhenStatedAsTheCause()
    {
        Assert.Contains("T50.905A", Codes("She had hyperprolactinemia secondary to medications."));
    }

    [Fact]
    public void EveryDrugClassSourceEndsWithItsAdverseEffectAndOfficialTitle()
    {
        var catalog = IcdTerminology.Embedded.Catalog;
        var file = RuleResources.Read<DrugClassFile>(AdverseDrugEffect.RulesFileName);

        Assert.NotEmpty(file.Classes);
        foreach (var drugClass in file.Classes)
        {
            var header = catalog.Find(drugClass.AdverseEffect);
            Assert.True(header is not null, drugClass.AdverseEffect);
            Assert.EndsWith($"{drugClass.AdverseEffect} {header!.Title}", drugClass.Source, StringComparison.Ordinal);
            Assert.StartsWith("Adverse effect of", header.Title, StringComparison.Ordinal);
            Assert.NotNull(InjuryEncounter.Extend(catalog, drugClass.AdverseEffect, InjuryEncounter.Initial));
            Assert.NotNull(InjuryEncounter.Extend(catalog, drugClass.AdverseEffect[..^1] + "1", InjuryEncounter.Initial));
        }
    }

    [Fact]
    public void NoDrugIsNamedInTwoClasses()
    {
        var drugs = RuleResources.Read<DrugClassFile>(AdverseDrugEffect.RulesFileName).Classes.SelectMany(drugClass => drugClass.Drugs).ToArray();

        Assert.Equal(drugs.Length, drugs.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
