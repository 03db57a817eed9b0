using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

public sealed class IcdCodeSearchTests
{
    private static readonly IcdCodeSearch Sample = new(IcdCatalog.FromCodes(
    [
        new IcdCode("E11", "Type 2 diabetes mellitus", false),
        new IcdCode("E11.2", "Type 2 diabetes mellitus with kidney complications", false),
        new IcdCode("E11.21", "Type 2 diabetes mellitus with diabetic nephropathy", true),
        new IcdCode("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", true),
        new IcdCode("E11.9", "Type 2 diabetes mellitus without complications", true),
        new IcdCode("I10", "Essential (primary) hypertension", true),
        new IcdCode("I51.7", "Cardiomegaly", true),
        new IcdCode("J90", "Pleural effusion, not elsewhere classified", true),
        new IcdCode("J91.8", "Pleural effusion in other conditions classified elsewhere", true),
        new IcdCode("N18.3", "Chronic kidney disease, stage 3 (moderate)", false),
        new IcdCode("N18.31", "Chronic kidney disease, stage 3a", true),
        new IcdCode("M80.08XA", "Age-related osteoporosis with current pathological fracture, vertebra(e), initial encounter for fracture", true),
    ]));

    private static string[] Codes(string query, int limit = 20) => [.. Sample.Search(query, limit).Select(code => code.Code)];

    [Fact]
    public void ExactCodeComesFirstThenItsDescendantsByLevel()
    {
        Assert.Equal(["E11.2", "E11.21", "E11.22"], Codes("E11.2"));
    }

    [Theory]
    [InlineData("e112")]
    [InlineData(" e11.2 ")]
    [InlineData("E11.2")]
    public void CodeIsFoundWithOrWithoutItsDotInAnyCase(string query)
    {
        Assert.Equal("E11.2", Codes(query)[0]);
    }

    [Fact]
    public void CodePrefixFindsEveryCodeUnderIt()
    {
        Assert.Equal(["E11", "E11.2", "E11.9", "E11.21", "E11.22"], Codes("e1"));
    }

    [Fact]
    public void SeventhCharacterCodeIsFoundByItsFullCode()
    {
        Assert.Equal(["M80.08XA"], Codes("m80.08xa"));
    }

    [Fact]
    public void TitleWordPrefixesMustAllMatchAndShorterTitlesComeFirst()
    {
        Assert.Equal(["E11.2", "E11.22"], Codes("diab kid"));
    }

    [Fact]
    public void WholeWordMatchesRankBeforePrefixMatches()
    {
        Assert.Equal(["J90", "J91.8"], Codes("pleural effusion"));
        Assert.Equal("I51.7", Codes("cardio")[0]);
    }

    [Fact]
    public void TitleStartingWithTheFirstWordRanksFirst()
    {
        Assert.Equal(["N18.31", "N18.3", "E11.22"], Codes("chronic kidney"));
    }

    [Fact]
    public void CodePrefixWithWordsFiltersByTitle()
    {
        Assert.Equal(["E11.2", "E11.22"], Codes("E11 kidney"));
    }

    [Fact]
    public void WordsIgnorePunctuationAndParentheses()
    {
        Assert.Equal(["I10"], Codes("(primary) hypertension,"));
        Assert.Equal(["M80.08XA"], Codes("vertebra"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--")]
    public void BlankQueryFindsNothing(string query)
    {
        Assert.Empty(Codes(query));
    }

    [Fact]
    public void UnknownWordsOrCodesFindNothing()
    {
        Assert.Empty(Codes("zebra"));
        Assert.Empty(Codes("Z99.9"));
    }

    [Fact]
    public void LimitCutsTheRankedList()
    {
        Assert.Equal(["E11", "E11.2"], Codes("E11", limit: 2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(IcdCodeSearch.MaxResults + 1)]
    public void LimitOutsideOneToFiftyIsRefused(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.Search("E11", limit));
    }

    [Fact]
    public void EmbeddedCatalogFindsCardiomegalyByWordAndByCode()
    {
        var search = new IcdCodeSearch(IcdCatalog.Embedded);

        Assert.Equal(IcdCatalog.Embedded.Count, search.Count);
        Assert.Equal("I51.7", search.Search("cardiomegaly")[0].Code);
        Assert.Equal("I51.7", search.Search("I517")[0].Code);
    }

    [Fact]
    public void SearchWordsAreLowerCaseLetterAndDigitRuns()
    {
        Assert.Equal(["type", "2", "diabetes", "w", "o", "µg"], SearchWords.Of("Type 2 DIABETES, w/o µg"));
    }
}
