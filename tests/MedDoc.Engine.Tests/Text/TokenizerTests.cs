using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void CrLfAndTabsOnlySeparateTokensAndOffsetsPointIntoTheOriginal()
    {
        const string text = "No\r\n\tPleural  EFFUSION";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["no", "pleural", "effusion"], tokens.Select(token => token.Value));
        Assert.Equal([(0, 2), (5, 12), (14, 22)], tokens.Select(token => (token.Start, token.End)));
        Assert.Equal([true, true, false], tokens.Select(token => token.LineStart));
        Assert.All(tokens, token => Assert.Equal(token.Value, text[token.Start..token.End].ToLowerInvariant()));
    }

    [Fact]
    public void DeIdentificationTokenInsideAWordSplitsAtTheHyphen()
    {
        var tokens = Tokenizer.Tokenize("Normal chest x-XXXX.");

        Assert.Equal(["normal", "chest", "x", "-", "xxxx", "."], tokens.Select(token => token.Value));
        Assert.Equal((15, 19), (tokens[4].Start, tokens[4].End));
    }

    [Fact]
    public void DecimalNumberStaysOneNumberToken()
    {
        var tokens = Tokenizer.Tokenize("A 1.7 cm nodule.");

        Assert.Equal(new Token(2, 5, "1.7", TokenKind.Number, false), tokens[1]);
    }

    [Fact]
    public void NonAsciiSymbolsAreTokensOfTheirOwnWithExactOffsets()
    {
        const string text = "Temp 38.5°C, WBC ≥ 12 ×10³/µL";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["temp", "38.5", "°", "c", ",", "wbc", "≥", "12", "×", "10", "³", "/", "µl"], tokens.Select(token => token.Value));
        Assert.All(tokens, token => Assert.Equal(token.Value, text[token.Start..token.End].ToLowerInvariant()));
    }

    [Fact]
    public void DashAndQuoteVariantsAreFolded()
    {
        var tokens = Tokenizer.Tokenize("left\u2014right patient\u2019s");

        Assert.Equal(["left", "-", "right", "patient's"], tokens.Select(token => token.Value));
    }

    [Fact]
    public void CharacterOutsideTheBmpIsOneTokenOfTwoUnits()
    {
        var tokens = Tokenizer.Tokenize("😀 effusion");

        Assert.Equal((0, 2), (tokens[0].Start, tokens[0].End));
        Assert.Equal((3, 11), (tokens[1].Start, tokens[1].End));
    }

    [Fact]
    public void PhraseNormalizationDropsHyphensAndCase()
    {
        Assert.Equal(["t", "spine", "osteophytes"], Tokenizer.Normalize("T-spine  Osteophytes"));
    }
}
