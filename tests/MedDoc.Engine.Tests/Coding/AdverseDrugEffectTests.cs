using MedDoc.Engine.Coding;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Tests.Coding;

public sealed class AdverseDrugEffectTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    private static bool IsDrugEffect(string code) => code[0] == 'T' && string.CompareOrdinal(code, 0, "T36", 0, 3) >= 0 && string.CompareOrdinal(code, 0, "T65", 0, 3) <= 0;

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

        Assert.Contains("E03.2", codes);
        Assert.Contains("T46.2X5A", codes);
    }

    [Theory]
    [InlineData("She took an overdose of paracetamol by mistake.", "T39.1X1A")]
    [InlineData("He was brought in after a paracetamol overdose.", "T39.1X1A")]
    [InlineData("She was admitted after a suicide attempt with an overdose of paracetamol.", "T39.1X2A")]
    [InlineData("She presented after an overdose of about 30 haloperidol tablets.", "T43.4X1A")]
    [InlineData("This is her third suicide attempt. She presented after an overdose of paracetamol.", "T39.1X2A")]
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

    [Theory]
    [InlineData("The family was admitted with carbon monoxide poisoning from a heater.", "T58.91XA")]
    [InlineData("A child with lead toxicity from old paint was referred.", "T56.0X1A")]
    [InlineData("She attempted suicide by carbon monoxide poisoning.", "T58.92XA")]
    [InlineData("A farmer was admitted after a snake bite on the left foot.", "T63.001A")]
    [InlineData("The child presented with a scorpion sting on the right hand.", "T63.2X1A")]
    public void SubstanceThatIsNoMedicineIsCodedAsItsToxicEffect(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("ECG lead II showed sinus rhythm.")]
    [InlineData("The carbon monoxide diffusing capacity was reduced.")]
    [InlineData("She had a possible spider bite to the neck.")]
    [InlineData("She was treated with a bee venom extract.")]
    public void SubstanceNamedWithoutAPoisoningGivesNothing(string text)
    {
        Assert.DoesNotContain(Codes(text), IsDrugEffect);
    }

    [Theory]
    [InlineData("He ran out of his insulin three days ago.", "T38.3X6A")]
    [InlineData("He has been noncompliant with his HAART for months.", "T37.5X6A")]
    [InlineData("She missed doses of warfarin for a week.", "T45.516A")]
    [InlineData("She has been noncompliant with her medications.", "T50.906A")]
    public void TakingLessThanPrescribedIsTheDrugsUnderdosing(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("She stopped taking aspirin before surgery as instructed.")]
    [InlineData("She ran out of aspirin before surgery as instructed.")]
    [InlineData("He has been noncompliant with the renal clinic.")]
    [InlineData("She takes warfarin daily.")]
    public void PrescribedStopOrNoDrugIsNoUnderdosing(string text)
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
            var header = catalog.Find(drugClass.Header);
            Assert.True(header is not null, drugClass.Header);
            Assert.EndsWith($"{drugClass.Header} {header!.Title}", drugClass.Source, StringComparison.Ordinal);
            Assert.StartsWith(drugClass.AdverseEffect is null ? "Toxic effect of" : "Adverse effect of", header.Title, StringComparison.Ordinal);
            Assert.NotNull(InjuryEncounter.Extend(catalog, drugClass.Header, InjuryEncounter.Initial));
            Assert.NotNull(InjuryEncounter.Extend(catalog, drugClass.Header[..^1] + "1", InjuryEncounter.Initial));
            Assert.NotNull(InjuryEncounter.Extend(catalog, drugClass.Header[..^1] + "2", InjuryEncounter.Initial));
        }
    }

    [Fact]
    public void NoDrugIsNamedInTwoClasses()
    {
        var drugs = RuleResources.Read<DrugClassFile>(AdverseDrugEffect.RulesFileName).Classes.SelectMany(drugClass => drugClass.Drugs).ToArray();

        Assert.Equal(drugs.Length, drugs.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
