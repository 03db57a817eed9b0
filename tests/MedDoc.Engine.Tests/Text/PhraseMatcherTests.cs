using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Text;

public sealed class PhraseMatcherTests
{
    private static (string Value, int Start, int End)? First(PhraseMatcher<string> matcher, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var match = matcher.FindAll(tokens, new TokenRange(0, tokens.Count)).FirstOrDefault();
        return match is null ? null : (match.Value, tokens[match.Tokens.Start].Start, tokens[match.Tokens.End - 1].End);
    }

    [Fact]
    public void LongestPhraseAtAPositionWins()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("pleural", "pleura");
        matcher.Add("pleural effusion", "effusion");

        Assert.Equal(("effusion", 3, 19), First(matcher, "No pleural effusion."));
    }

    [Theory]
    [InlineData("She smokes 20 cigarettes a day.", 11, 30)]
    [InlineData("He smoked 10-20 cigarettes a day.", 13, 32)]
    public void TheAnyNumberWordMatchesTheNumberTheTextWrites(string text, int start, int end)
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("# cigarettes a day", "rate");

        Assert.Equal(("rate", start, end), First(matcher, text));
    }

    [Fact]
    public void TheAnyNumberWordMatchesNoWord()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("# cigarettes a day", "rate");

        Assert.Null(First(matcher, "She smokes some cigarettes a day."));
    }

    [Fact]
    public void ANumberWrittenInAPhraseMatchesOnlyItself()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("type 2 diabetes", "t2");
        matcher.Add("type # diabetes", "any");

        Assert.Equal(("t2", 0, 15), First(matcher, "type 2 diabetes"));
        Assert.Equal(("any", 0, 15), First(matcher, "type 3 diabetes"));
    }

    [Fact]
    public void QualifierInsideATermIsSkipped()
    {
        var matcher = new PhraseMatcher<string>(["mildly", "again"]);
        matcher.Add("heart is enlarged", "cardiomegaly");

        Assert.Equal(("cardiomegaly", 4, 34), First(matcher, "The heart is again mildly enlarged."));
    }

    [Fact]
    public void CoordinationAloneBetweenTwoWordsIsNotSkipped()
    {
        var matcher = new PhraseMatcher<string>(["and", "chronic"]);
        matcher.Add("cold sore", "herpes");

        Assert.Null(First(matcher, "He had a cold and sore throat."));
    }

    [Fact]
    public void CoordinationWithAQualifierIsSkipped()
    {
        var matcher = new PhraseMatcher<string>(["and", "chronic"]);
        matcher.Add("acute cholecystitis", "cholecystitis");

        Assert.Equal(("cholecystitis", 0, 31), First(matcher, "acute and chronic cholecystitis"));
    }

    [Fact]
    public void QualifierAfterTheLastWordIsNotPartOfTheMatch()
    {
        var matcher = new PhraseMatcher<string>(["mildly"]);
        matcher.Add("heart enlarged", "cardiomegaly");

        Assert.Equal(("cardiomegaly", 0, 14), First(matcher, "Heart enlarged mildly"));
    }

    [Fact]
    public void SkippingFindsALongerPhrasePastAShorterOne()
    {
        var matcher = new PhraseMatcher<string>(["tortuous", "and"]);
        matcher.Add("aorta is tortuous", "tortuous aorta");
        matcher.Add("aorta is atherosclerotic", "aortic atherosclerosis");

        Assert.Equal(("aortic atherosclerosis", 4, 41), First(matcher, "The aorta is tortuous and atherosclerotic."));
    }

    [Fact]
    public void HyphensAreIgnoredOnBothSides()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("t spine osteophytes", "spondylosis");

        Assert.Equal(("spondylosis", 6, 25), First(matcher, "Small T-spine osteophytes."));
    }

    [Fact]
    public void WordsMatchOnlyWhole()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("effusion", "effusion");

        Assert.Null(First(matcher, "Effusions resolved."));
    }

    [Fact]
    public void DuplicatePhraseKeepsTheFirstValue()
    {
        var matcher = new PhraseMatcher<string>();

        Assert.True(matcher.Add("copd", "first"));
        Assert.False(matcher.Add("COPD", "second"));
        Assert.Equal(("first", 0, 4), First(matcher, "COPD."));
    }
}
