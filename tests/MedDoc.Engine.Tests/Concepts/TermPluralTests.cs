using MedDoc.Engine.Concepts;

namespace MedDoc.Engine.Tests.Concepts;

public sealed class TermPluralTests
{
    [Theory]
    [InlineData("urinary infection", "urinary infections")]
    [InlineData("adenopathy", "adenopathies")]
    [InlineData("stenosis", "stenoses")]
    [InlineData("renal lesion", "renal lesions")]
    [InlineData("delay", "delays")]
    public void RegularPluralOfTheLastWord(string term, string plural)
    {
        Assert.Equal(plural, TermPlural.Of(term));
    }

    [Theory]
    [InlineData("diabetes mellitus")]
    [InlineData("mi")]
    [InlineData("reflux")]
    [InlineData("stomach")]
    [InlineData("type 2 dm")]
    [InlineData("covid-19")]
    public void NoPluralForShortWordsOrWordsThatAlreadyEndLikeOne(string term)
    {
        Assert.Null(TermPlural.Of(term));
    }
}
