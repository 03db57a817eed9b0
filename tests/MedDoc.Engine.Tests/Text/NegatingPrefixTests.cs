using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Text;

public sealed class NegatingPrefixTests
{
    [Theory]
    [InlineData("He is a non-smoker.", "smoker", true)]
    [InlineData("NON-DIABETIC.", "DIABETIC", true)]
    [InlineData("He is a nonsmoker.", "smoker", false)]
    [InlineData("An anon-smoker.", "smoker", false)]
    [InlineData("A long-term smoker.", "smoker", false)]
    [InlineData("smoker", "smoker", false)]
    public void PrecedesOnlyAWordHyphenJoinedAfterTheWordNon(string text, string word, bool expected)
    {
        Assert.Equal(expected, NegatingPrefix.Precedes(text, text.IndexOf(word, StringComparison.Ordinal)));
    }
}
