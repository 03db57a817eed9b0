using MedDoc.Engine.Coding;
using MedDoc.Engine.Rules;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

/// <summary>Which codes name a condition that lasts once diagnosed (Rules/lasting_conditions.json).</summary>
public sealed class LastingConditionsTests
{
    private static readonly LastingConditions Lasting = LastingConditions.Embedded;

    [Theory]
    [InlineData("E03.9", "Hypothyroidism, unspecified")]
    [InlineData("E11.9", "Type 2 diabetes mellitus without complications")]
    [InlineData("G47.33", "Obstructive sleep apnea (adult) (pediatric)")]
    [InlineData("Q21.1", "Atrial septal defect")]
    [InlineData("K29.50", "Unspecified chronic gastritis without bleeding")]
    [InlineData("K21.9", "Gastro-esophageal reflux disease without esophagitis")]
    [InlineData("C79.51", "Secondary malignant neoplasm of bone")]
    public void ConditionInARangeOrTitledChronicLasts(string code, string title)
    {
        Assert.True(Lasting.Covers(new IcdCode(code, title, true)));
    }

    [Theory]
    [InlineData("J18.9", "Pneumonia, unspecified organism")]
    [InlineData("G47.00", "Insomnia, unspecified")]
    [InlineData("K29.00", "Acute gastritis without bleeding")]
    [InlineData("E86.0", "Dehydration")]
    [InlineData("K35.80", "Unspecified acute appendicitis")]
    [InlineData("K26.9", "Duodenal ulcer, unspecified as acute or chronic, without hemorrhage or perforation")]
    public void EpisodeDoesNotLast(string code, string title)
    {
        Assert.False(Lasting.Covers(new IcdCode(code, title, true)));
    }

    [Theory]
    [InlineData("R05.3", "Chronic cough")]
    [InlineData("C91.10", "Chronic lymphocytic leukemia of B-cell type not having achieved remission")]
    [InlineData("Z87.01", "Personal history of chronic pneumonia")]
    public void SymptomNeoplasmOrStatusTitledChronicDoesNotLast(string code, string title)
    {
        Assert.False(Lasting.Covers(new IcdCode(code, title, true)));
    }

    [Fact]
    public void TitleWordMatchesOnlyAWholeWord()
    {
        var lasting = new LastingConditions(new LastingConditionFile("test", "test", ["chronic"], []));

        Assert.True(lasting.Covers(new IcdCode("M99", "Chronic thing", true)));
        Assert.False(lasting.Covers(new IcdCode("M99", "Chronicity test", true)));
    }

    [Theory]
    [InlineData("History of prostate cancer treated with LHRH analogues, maintaining good control.", true)]
    [InlineData("History of bladder carcinoma, currently treated with mitomycin.", true)]
    [InlineData("History of breast cancer treated with surgery 20 years ago.", false)]
    [InlineData("History of breast cancer, currently asymptomatic.", false)]
    public void TreatmentPhraseSaysAMalignancyIsStillTreated(string sentence, bool treated)
    {
        var document = TextModel.Read(sentence);

        Assert.Equal(treated, Lasting.StatesOngoingTreatment(document.Tokens, document.Sentences[0]));
    }

    [Fact]
    public void EveryRangeOfTheRuleFileNamesCodesOfTheCatalog()
    {
        var file = RuleResources.Read<LastingConditionFile>(LastingConditions.RulesFileName);
        foreach (var range in file.Ranges)
        {
            foreach (var end in range.Split('-'))
            {
                Assert.True(IcdCatalog.Embedded.Find(end) is not null, $"{end} of {range} is no ICD-10-CM code");
            }
        }
    }
}
