using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

public sealed class TerminologyIndexTests
{
    private static readonly TerminologyIndex Index = TerminologyIndex.For(IcdTerminology.Embedded);

    [Theory]
    [InlineData("calculus of kidney", "N20.0")]
    [InlineData("kidney calculus", "N20.0")]
    [InlineData("renal calculi", "N20.0")]
    [InlineData("renal stones", "N20.0")]
    [InlineData("nephrolithiasis", "N20.0")]
    public void TitleInclusionTermsPluralsAndWordOrderFindTheSameCode(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("hypertension", "I10")]
    [InlineData("essential hypertension", "I10")]
    [InlineData("systemic hypertension", "I10")]
    public void ParenthesisedModifiersAreOptional(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("acute pancreatitis", "K85.90")]
    [InlineData("toxoplasmosis", "B58.9")]
    [InlineData("urinary tract infection", "N39.0")]
    [InlineData("cytomegaloviral disease", "B25.9")]
    public void TitleWithoutStatedSpecificityCodesTheUnspecifiedCode(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("pneumonia due to pseudomonas", "J15.1")]
    [InlineData("pseudomonas pneumonia", "J15.1")]
    [InlineData("pneumonia caused by pseudomonas", "J15.1")]
    [InlineData("pneumonia secondary to pseudomonas", "J15.1")]
    public void DueToTitleAlsoMatchesWithTheCauseInFrontOrAnotherLink(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("duchenne muscular dystrophy", "G71.01")]
    [InlineData("becker muscular dystrophy", "G71.01")]
    [InlineData("polyp of stomach", "K31.7")]
    [InlineData("infarction of kidney", "N28.0")]
    [InlineData("acute hepatic failure", "K72.00")]
    [InlineData("abscess in liver", "K75.0")]
    [InlineData("vesical calculus", "N21.0")]
    [InlineData("wrist pain", "M25.539")]
    public void TitleCoordinationAlsoMatchesEachConjunctAndASiteAfterOfOrInAlsoBeforeIt(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("pain in testicle", "N50.819")]
    [InlineData("pain of testis", "N50.819")]
    [InlineData("fibrosis of liver", "K74.00")]
    [InlineData("varices in stomach", "I86.4")]
    [InlineData("hypoplasia of optic nerve", "H47.039")]
    [InlineData("hemorrhage of vitreous", "H43.10")]
    [InlineData("optic nerve hypoplasia", "H47.039")]
    [InlineData("vi nerve paresis", "H49.20")]
    [InlineData("paralysis of iii nerve", "H49.00")]
    [InlineData("vocal cord paresis", "J38.00")]
    public void TitleNamingTheOrganByItsAdjectiveAlsoMatchesWithTheOrganAfterOfOrIn(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("synovitis", "M65.90")]
    [InlineData("infantile spasm", "Q40.0")]
    [InlineData("broad", "E78.2")]
    public void ConjunctLeftAsOneWordOrSplitFromAnInclusionTermCodesNothingNew(string phrase, string code)
    {
        Assert.NotEqual(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("duchenne's muscular dystrophy", "G71.01")]
    [InlineData("klinefelter's syndrome", "Q98.4")]
    [InlineData("crohn disease", "K50.90")]
    public void EponymMatchesWithOrWithoutItsPossessive(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("wedging of vertebra", "M48.50XS")]
    [InlineData("fusion of spine", "M43.20")]
    [InlineData("spine fusion", "M43.20")]
    public void NoCodeIsGuessedForASequelaOrForTheFusionAnOperationMakes(string phrase, string code)
    {
        Assert.NotEqual(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("crohn's disease of ileum", "K50.00")]
    [InlineData("terminal ileitis", "K50.00")]
    [InlineData("ileal crohn's disease", "K50.00")]
    public void CategoryInclusionTermCodesTheChildWithoutComplicationsNotTheOneWithUnspecifiedComplications(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("osteomyelitis of vertebra", "M46.20")]
    [InlineData("vertebral osteomyelitis", "M46.20")]
    [InlineData("epiphora", "H04.209")]
    public void TrailingSegmentThatLeavesAnAxisUnspecifiedIsDropped(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("oculomotor nerve palsy", "H49.00")]
    [InlineData("third nerve palsy", "H49.00")]
    [InlineData("abducens nerve palsy", "H49.20")]
    public void ABracketedLowerCaseWordIsAnAlternativeToTheWordBeforeIt(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("virus hiv disease")]
    [InlineData("jaccoud")]
    public void ABracketedAbbreviationOrEponymReplacesNoWord(string phrase)
    {
        Assert.Null(Index.Lookup(phrase));
    }

    [Theory]
    [InlineData("gastrointestinal bleeding", "K92.2")]
    [InlineData("gastrointestinal hemorrhage", "K92.2")]
    public void BleedingAndHemorrhageAreOneWord(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Fact]
    public void CategoryInclusionTermCodesItsUnspecifiedChildWithoutSideOrComplication()
    {
        Assert.Equal("K46.9", Index.Lookup("intestinal hernia")?.Code);
    }

    [Fact]
    public void ASideWordOfTheCategorysOwnTitleNamesTheConditionNotASide()
    {
        Assert.Equal("H53.469", Index.Lookup("homonymous hemianopia")?.Code);
    }

    [Theory]
    [InlineData("oedema of larynx", "edema of larynx")]
    [InlineData("haemorrhoids", "hemorrhoids")]
    public void BritishSpellingMatchesAmerican(string british, string american)
    {
        Assert.NotNull(Index.Lookup(american));
        Assert.Equal(Index.Lookup(american), Index.Lookup(british));
    }

    [Theory]
    [InlineData("htn", "I10", false)]
    [InlineData("ckd", "N18.9", false)]
    [InlineData("pe", "I26.99", true)]
    [InlineData("avm", "Q27.30", true)]
    public void AbbreviationsCodeTheirExpansion(string abbreviation, string code, bool capitalsOnly)
    {
        Assert.Equal(new TerminologyTerm(code, capitalsOnly), Index.Lookup(abbreviation));
    }

    [Theory]
    [InlineData("adenovirus pneumonia", "J12.0")]
    [InlineData("rotavirus enteritis", "A08.0")]
    [InlineData("enterovirus meningitis", "A87.0")]
    public void VirusNamedAsANounReadsAsTheTitlesAdjective(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("vitamin a deficiency", "E50.9")]
    [InlineData("vitamin deficiency", "E56.9")]
    public void TypeLetterAOfATitleIsNoArticle(string phrase, string code)
    {
        Assert.Equal(code, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("htn", true)]
    [InlineData("psoriasis", true)]
    [InlineData("acute prostatitis", false)]
    public void IndexSaysWhetherAPatternsConditionLasts(string pattern, bool lasting)
    {
        Assert.Equal(lasting, Index.Lasts(Index.Lookup(pattern)!.Code));
    }

    [Fact]
    public void EveryAlphabeticIndexTermCodesItsBillableCode()
    {
        var catalog = IcdTerminology.Embedded.Catalog;
        var wrong = Index.Rules.IndexTerms
            .SelectMany(entry => entry.Terms.Select(term => (Term: term, entry.Code)))
            .Where(pair => !catalog.IsBillable(pair.Code) || Index.Lookup(pair.Term)?.Code != pair.Code)
            .Select(pair => pair.Term);

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("infection", "infection")]
    [InlineData("heart disease", null)]
    public void OnlyANewOneWordMainTermIsGuardedAgainstModifiers(string term, string? written)
    {
        Assert.Equal(written, Index.Lookup(term)?.BareMainTerm);
    }

    [Fact]
    public void EveryAbbreviationExpandsToAPattern()
    {
        var unresolved = Index.Rules.Abbreviations.Where(pair => Index.Lookup(pair.Value) is null).Select(pair => pair.Key);

        Assert.Empty(unresolved);
    }

    [Theory]
    [InlineData("disease")]
    [InlineData("other specified disorders of kidney and ureter")]
    [InlineData("chronic disease")]
    [InlineData("kidney")]
    [InlineData("encounter for palliative care")]
    [InlineData("personal history of nicotine dependence")]
    public void ScaffoldingAndGenericWordsAreNoPattern(string phrase)
    {
        Assert.Null(Index.Lookup(phrase));
    }

    [Theory]
    [InlineData("pleural effusion")]
    [InlineData("fever")]
    [InlineData("malignant neoplasm of kidney")]
    public void ExcludedRangesGiveNoPattern(string phrase)
    {
        Assert.Null(Index.Lookup(phrase) is { } term && (term.Code[0] is 'R' or 'C' || term.Code.StartsWith("D0", StringComparison.Ordinal)) ? term : null);
    }

    [Theory]
    [InlineData("fracture of femur", "S72.90XA")]
    [InlineData("sprain of ankle", "S93.409A")]
    public void InjuryTitleCodesItsInitialEncounter(string phrase, string expected)
    {
        Assert.Equal(expected, Index.Lookup(phrase)?.Code);
    }

    [Theory]
    [InlineData("axis")]
    [InlineData("blister")]
    [InlineData("injury of liver")]
    public void InjuryInclusionTermsAndOrganInjuryTitlesGiveNoPattern(string phrase)
    {
        Assert.Null(Index.Lookup(phrase));
    }

    [Fact]
    public void TheSameTerminologyGivesTheSameSharedIndex()
    {
        Assert.Same(Index, TerminologyIndex.For(IcdTerminology.Embedded));
        Assert.True(Index.Count > 20_000, $"{Index.Count} patterns");
    }
}
