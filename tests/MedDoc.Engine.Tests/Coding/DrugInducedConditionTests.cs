using MedDoc.Engine.Coding;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Tests.Coding;

public sealed class DrugInducedConditionTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("She developed amiodarone-induced hypothyroidism.", "E03.2", "E03.9")]
    [InlineData("He developed neutropenia secondary to chemotherapy.", "D70.1", "D70.9")]
    [InlineData("She has opioid-induced constipation.", "K59.03", "K59.00")]
    [InlineData("He developed steroid-induced diabetes.", "E09.9", "E11.9")]
    [InlineData("A rash appeared, an adverse reaction to amoxicillin.", "L27.0", "R21")]
    [InlineData("Haloperidol-induced parkinsonism was treated.", "G21.11", "G20.C")]
    public void ConditionStatedAsADrugsAdverseEffectTakesItsDrugInducedCode(string text, string induced, string plain)
    {
        var codes = Codes(text);

        Assert.Contains(induced, codes);
        Assert.DoesNotContain(plain, codes);
    }

    [Theory]
    [InlineData("She also has renal insufficiency and digitalis toxicity.", "N28.9")]
    [InlineData("She has hypothyroidism. Amiodarone-induced tremor was noted.", "E03.9")]
    [InlineData("He was admitted with hypotension after an overdose of amlodipine.", "I95.9")]
    public void ConditionNotWrittenAsTheAdverseEffectKeepsItsCode(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void EveryDrugInducedConditionSourceEndsWithItsCodeAndOfficialTitle()
    {
        var catalog = IcdTerminology.Embedded.Catalog;
        var conditions = RuleResources.Read<DrugClassFile>(AdverseDrugEffect.RulesFileName).Conditions;

        Assert.NotNull(conditions);
        foreach (var rule in conditions)
        {
            Assert.True(catalog.IsBillable(rule.Code), rule.Code);
            var last = rule.DrugCode ?? rule.ClassCodes!.Values.Last();
            Assert.EndsWith($"{last} {catalog.Find(last)!.Title}", rule.Source, StringComparison.Ordinal);
            foreach (var code in (rule.ClassCodes?.Values ?? []).Append(rule.DrugCode).OfType<string>())
            {
                Assert.True(catalog.IsBillable(code), code);
            }
        }
    }
}
