using MedDoc.Engine.Concepts;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Concepts;

public sealed class DatedEpisodeTests
{
    private static readonly ClinicalEngine Engine = new();

    private static (IReadOnlyList<Token> Tokens, TokenRange Sentence) Read(string text)
    {
        var document = TextModel.Read(text);
        return (document.Tokens, document.Sentences[0]);
    }

    private static TokenRange MentionOf(IReadOnlyList<Token> tokens, string word)
    {
        var at = tokens.Select((token, index) => (token, index)).First(pair => pair.token.Value == word).index;
        return new TokenRange(at, at + 1);
    }

    [Fact]
    public void LatestYearIsTheLatestFourDigitYearTheTextWrites()
    {
        var (tokens, _) = Read("Infarction in 1999, seen in September 2000 with 1500 mg and 3000 units.");

        Assert.Equal(2000, DatedEpisode.LatestYear(tokens));
    }

    [Fact]
    public void TextWithNoYearHasNoLatestYear()
    {
        Assert.Null(DatedEpisode.LatestYear(Read("Infarction ten years ago.").Tokens));
    }

    [Theory]
    [InlineData("Infarction in 1999 and hypertension.", 2000)]
    [InlineData("Infarction in March 1999 and hypertension.", 2000)]
    public void YearDirectlyAfterTheMentionEarlierThanTheReportsLatestDatesItAsPast(string text, int latest)
    {
        var (tokens, sentence) = Read(text);

        Assert.NotNull(DatedEpisode.PastDateAfter(tokens, MentionOf(tokens, "infarction"), sentence, latest));
    }

    [Theory]
    [InlineData("Infarction in 2000 and hypertension.", 2000)]
    [InlineData("Infarction in 1999 and hypertension.", null)]
    [InlineData("Infarction, operated in 1985.", 2000)]
    [InlineData("Infarction in the lower wall.", 2000)]
    public void LatestYearNoYearOrADateOfSomethingElseLeavesTheEpisodeCurrent(string text, int? latest)
    {
        var (tokens, sentence) = Read(text);

        Assert.Null(DatedEpisode.PastDateAfter(tokens, MentionOf(tokens, "infarction"), sentence, latest));
    }

    [Theory]
    [InlineData("A 60-year-old man with hypertension.", 60)]
    [InlineData("The patient, a man 47 years old, with hypertension.", 47)]
    [InlineData("A 9-years-old boy with asthma.", 9)]
    public void StatedAgeIsTheFirstAgeTheReportGivesThePatient(string text, int age)
    {
        Assert.Equal(age, DatedEpisode.StatedAge(Read(text).Tokens));
    }

    [Fact]
    public void TextWithNoAgeHasNoStatedAge()
    {
        Assert.Null(DatedEpisode.StatedAge(Read("Infarction 10 years ago, 3 years of treatment.").Tokens));
    }

    [Theory]
    [InlineData("Infarction at 42 years of age and hypertension.")]
    [InlineData("Infarction at age 42 and hypertension.")]
    [InlineData("Infarction at the age of 42 and hypertension.")]
    public void AgeDirectlyAfterTheMentionBelowThePatientsDatesItAsPast(string text)
    {
        var (tokens, sentence) = Read(text);

        Assert.NotNull(DatedEpisode.PastAgeAfter(tokens, MentionOf(tokens, "infarction"), sentence, 60));
    }

    [Theory]
    [InlineData("Infarction at 60 years of age and hypertension.", 60)]
    [InlineData("Infarction at age 42 and hypertension.", null)]
    [InlineData("Infarction at 42 mg and hypertension.", 60)]
    [InlineData("Infarction at the lower wall.", 60)]
    public void AgeOfNowNoStatedAgeOrNoAgeLeavesTheEpisodeCurrent(string text, int? statedAge)
    {
        var (tokens, sentence) = Read(text);

        Assert.Null(DatedEpisode.PastAgeAfter(tokens, MentionOf(tokens, "infarction"), sentence, statedAge));
    }

    [Fact]
    public void ConditionWithNoHistoryCodeDatedInThePastIsStillCoded()
    {
        var codes = Engine.Analyze("Seen in 2005. A heavy smoker, operated in 1985 for a hernia; hypertension in 1999.").Codes.Select(code => code.Code);

        Assert.Contains("I10", codes);
        Assert.DoesNotContain("Z87.891", codes);
    }
}
