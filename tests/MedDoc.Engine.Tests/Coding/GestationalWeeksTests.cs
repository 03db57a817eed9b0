using MedDoc.Engine.Coding;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class GestationalWeeksTests
{
    private static IReadOnlyList<CodeSuggestion> Find(string text) => GestationalWeeks.Find(TextModel.Read(text), IcdCatalog.Embedded, SectionRuleSet.Embedded, 0.85);

    [Theory]
    [InlineData("A 33-year-old woman, 34 weeks pregnant, with pain.", "Z3A.34", 21, "34 weeks pregnant")]
    [InlineData("Ultrasound at 20 weeks of gestation showed a cyst.", "Z3A.20", 14, "20 weeks of gestation")]
    [InlineData("Delivery at 38 weeks gestational age.", "Z3A.38", 12, "38 weeks gestational")]
    public void WeeksOfAStatedPregnancyGiveTheirZ3aCode(string text, string code, int start, string evidence)
    {
        var suggestion = Assert.Single(Find(text));

        Assert.Equal(code, suggestion.Code);
        Assert.Equal(new Span(start, start + evidence.Length, evidence), Assert.Single(suggestion.Evidence));
    }

    [Theory]
    [InlineData("Male newborn, born at 39 weeks of gestation by vaginal delivery.")]
    [InlineData("Preterm newborn of 32 weeks gestational age.")]
    [InlineData("The symptoms lasted 12 weeks after the operation.")]
    [InlineData("She is 6 weeks pregnant.")]
    [InlineData("Rest for 50 weeks of pregnancy leave.")]
    [InlineData("INDICATION: Female, 14 weeks pregnant, with shortness of breath.\nFINDINGS: Normal chest.")]
    public void ANewbornsAgeAWeekCountOfNoPregnancyOrAnImpossibleWeekGiveNoCode(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void TheEngineAddsTheWeeksBesideTheDocumentsOtherCodes()
    {
        var codes = new ClinicalEngine().Analyze("A 30-year-old woman, 34 weeks pregnant, with pyelonephritis.").Codes.Select(code => code.Code);

        Assert.Contains("Z3A.34", codes);
    }
}
