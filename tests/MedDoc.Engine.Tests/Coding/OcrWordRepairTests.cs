using MedDoc.Engine.Coding;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class OcrWordRepairTests
{
    private static readonly OcrWordRepair Repair = new(["carcinoma", "adenocarcinoma", "urothelial", "metastatic"]);

    [Theory]
    [InlineData("carci noma", "carcinoma")]
    [InlineData("adeno-\ncarcinoma", "adenocarcinoma")]
    [InlineData("adenocarcinorna", "adenocarcinoma")]
    [InlineData("carcinma", "carcinoma")]
    [InlineData("uro1helial", "urothelial")]
    [InlineData("NETASTATIC", "metastatic")]
    [InlineData("I1ETASTATIC", "metastatic")]
    [InlineData("HETASTATrC", "metastatic")]
    [InlineData("carcincna", "carcinoma")]
    [InlineData("Adanocarainoma", "adenocarcinoma")]
    [InlineData("adenocarcjnama", "adenocarcinoma")]
    [InlineData("garciuoma", "carcinoma")]
    public void DamagedWordIsReadAsTheVocabularyWordSpanningItsPartsKeepingTheTokenCount(string written, string expected)
    {
        var text = "Invasive " + written + ".";

        var original = Tokenizer.Tokenize(text);
        var tokens = Repair.Repair(original).Where(token => !Tokenizer.IsIgnorable(token)).ToArray();

        Assert.Equal(original.Count, Repair.Repair(original).Count);
        Assert.Equal(["invasive", expected, "."], tokens.Select(token => token.Value));
        Assert.Equal(written, text[tokens[1].Start..tokens[1].End]);
    }

    [Theory]
    [InlineData("carcixoxa")]
    [InlineData("hetastaxyc")]
    public void TwoLettersWrongBesidesOneMisreadMAreNoVocabularyWord(string written)
    {
        var tokens = Tokenizer.Tokenize(written);

        Assert.Same(tokens, Repair.Repair(tokens));
    }

    [Theory]
    [InlineData("adanocarainama")]
    [InlineData("carcixoua")]
    public void ThreeLookAlikeLettersOrALetterThatLooksLikeNoneAreNoVocabularyWord(string written)
    {
        var tokens = Tokenizer.Tokenize(written);

        Assert.Same(tokens, Repair.Repair(tokens));
    }

    [Fact]
    public void OrdinaryWordsAreLeftAlone()
    {
        var tokens = Tokenizer.Tokenize("No carcinoma in the internal margin.");

        Assert.Same(tokens, Repair.Repair(tokens));
    }

    [Theory]
    [InlineData("Tumor site: LungTumor size", "LungTumor", "Lung")]
    [InlineData("DiagnosisRenal cell", "DiagnosisRenal", "Renal")]
    [InlineData("6 jRENAL CELL", "jRENAL", "RENAL")]
    [InlineData("Histologic type: AdenocarcinomaHistologic grade", "AdenocarcinomaHistologic", "Adenocarcinoma")]
    [InlineData("- SQUAMOUS CELL CARCINOMAGender: F", "CARCINOMAGender", "CARCINOMA")]
    [InlineData("Histologic type :Squamous cell carcinoma250'70)3", "carcinoma250", "carcinoma")]
    [InlineData("Right Lung11 resection", "Lung11", "Lung")]
    public void WordsGluedByOcrAreReadAsTheirKnownPartWithItsOwnOffsets(string text, string glued, string part)
    {
        var repair = new OcrWordRepair(["adenocarcinoma", "carcinoma"], ["lung", "renal"]);
        var original = Tokenizer.Tokenize(text);

        var repaired = repair.Repair(text, original);

        Assert.Equal(original.Count, repaired.Count);
        var token = repaired[original.ToList().FindIndex(token => text[token.Start..token.End] == glued)];
        Assert.Equal(part.ToLowerInvariant(), token.Value);
        Assert.Equal(part, text[token.Start..token.End]);
    }

    [Theory]
    [InlineData("McDonald criteria")]
    [InlineData("MRIScan")]
    [InlineData("LungTumor")]
    [InlineData("pT2 N0 stage T12")]
    public void GluedTokensWithoutAKnownPartOrWithoutTheTextAreLeftAlone(string text)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Same(tokens, new OcrWordRepair(["carcinoma"], ["kidney"]).Repair(text, tokens));
        Assert.Same(tokens, new OcrWordRepair(["carcinoma"], ["lung"]).Repair(tokens));
    }

    [Theory]
    [InlineData("adenocarcinoma")]
    [InlineData("carcinoma")]
    [InlineData("urothelial")]
    public void OneWrongMissingOrExtraLetterIsRepairedWhereverItFalls(string word)
    {
        // Each edit in the first three letters, the middle and the last three: the search finds the word from either end.
        for (var at = 0; at < word.Length; at++)
        {
            string[] damaged = [word[..at] + "x" + word[(at + 1)..], word[..at] + "x" + word[at..]];
            foreach (var written in damaged)
            {
                Assert.Equal(word, Repair.Repair(Tokenizer.Tokenize(written)).Single().Value);
            }
        }
        Assert.Equal(word, Repair.Repair(Tokenizer.Tokenize(word[..^1])).Single().Value);
    }

    [Fact]
    public void ADamagedWordNearTwoVocabularyWordsIsReadAsTheFirstInOrdinalOrder()
    {
        // "metastatis" is one letter from both: "metastatic" shares its first letters, the made-up "aetastatis" only its
        // last ones and comes first.
        var repair = new OcrWordRepair(["metastatic", "aetastatis"]);

        Assert.Equal("aetastatis", repair.Repair(Tokenizer.Tokenize("metastatis")).Single().Value);
    }

    private static readonly OcrWordRepair SiteRepair = new(["carcinoma"], ["cervix", "prostate", "testis", "lymphnode"], ["is"]);

    [Theory]
    [InlineData("CER VIX, biopsy", "cervix", "CER VIX")]
    [InlineData("Pr ost ate cancer", "prostate", "Pr ost ate")]
    public void SiteWordSplitIntoShortRunsIsReadAsOneWord(string text, string expected, string written)
    {
        var original = Tokenizer.Tokenize(text);
        var repaired = SiteRepair.Repair(text, original);
        var tokens = repaired.Where(token => !Tokenizer.IsIgnorable(token)).ToArray();

        Assert.Equal(original.Count, repaired.Count);
        Assert.Equal(expected, tokens[0].Value);
        Assert.Equal(written, text[tokens[0].Start..tokens[0].End]);
    }

    [Theory]
    [InlineData("This test is negative.")]
    [InlineData("Two lymph node metastases.")]
    public void RealWordsAndLongWordsOfAPhraseAreNotJoined(string text)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Same(tokens, SiteRepair.Repair(text, tokens));
    }

    [Theory]
    [InlineData("SQUAMOUS CELLCARCINOMA", "carcinoma", "CARCINOMA")]
    [InlineData("high grade serousadenocarcinoma", "adenocarcinoma", "adenocarcinoma")]
    public void ModifierGluedToAVocabularyWordIsReadAsTheWord(string text, string expected, string evidence)
    {
        var repair = new OcrWordRepair(["carcinoma", "adenocarcinoma", "metastasis"], [], [], ["squamous", "cell", "serous"]);

        var last = repair.Repair(text, Tokenizer.Tokenize(text))[^1];

        Assert.Equal(expected, last.Value);
        Assert.Equal(evidence, text[last.Start..last.End]);
    }

    [Theory]
    [InlineData("withoutmetastasis")]
    [InlineData("metastaticcarcinoma")]
    [InlineData("noncarcinoma")]
    public void WordGluedAfterNoModifierIsLeftAsWritten(string text)
    {
        var repair = new OcrWordRepair(["carcinoma", "adenocarcinoma", "metastasis"], [], [], ["squamous", "cell", "serous"]);
        var tokens = Tokenizer.Tokenize(text);

        Assert.Same(tokens, repair.Repair(text, tokens));
    }
}
