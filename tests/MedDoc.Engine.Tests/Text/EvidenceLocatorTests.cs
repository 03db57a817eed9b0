using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Text;

public sealed class EvidenceLocatorTests
{
    [Fact]
    public void ExactQuoteIsFoundWithItsOffsets()
    {
        const string text = "FINDINGS: No pneumothorax. Small left pleural effusion.";

        var span = EvidenceLocator.Find(text, "Small left pleural effusion");

        Assert.Equal(new Span(27, 54, "Small left pleural effusion"), span);
    }

    [Fact]
    public void LineBreakAndIndentInTheTextMatchASingleSpaceInTheQuote()
    {
        const string text = "Small left\n  pleural effusion.";

        var span = EvidenceLocator.Find(text, "left pleural effusion");

        Assert.Equal(new Span(6, 29, "left\n  pleural effusion"), span);
    }

    [Theory]
    [InlineData("  Cardiomegaly  ")]
    [InlineData("Cardiomegaly\n")]
    [InlineData("\tCardiomegaly")]
    public void SurroundingWhiteSpaceOfTheQuoteIsIgnored(string quote)
    {
        const string text = "IMPRESSION: Cardiomegaly.";

        var span = EvidenceLocator.Find(text, quote);

        Assert.Equal(new Span(12, 24, "Cardiomegaly"), span);
    }

    [Fact]
    public void ExtraSpacesInTheQuoteMatchOneSpaceInTheText()
    {
        const string text = "Hemoglobin 9.2 g/dL (L)";

        var span = EvidenceLocator.Find(text, "Hemoglobin   9.2\tg/dL");

        Assert.Equal(new Span(0, 19, "Hemoglobin 9.2 g/dL"), span);
    }

    [Fact]
    public void DifferentCaseIsFoundWhenNoExactCaseExists()
    {
        const string text = "IMPRESSION: No acute disease.";

        var span = EvidenceLocator.Find(text, "no acute disease");

        Assert.Equal(new Span(12, 28, "No acute disease"), span);
    }

    [Fact]
    public void ExactCaseWinsOverAnEarlierCaseInsensitiveMatch()
    {
        const string text = "CARDIOMEGALY noted before. Now Cardiomegaly.";

        var span = EvidenceLocator.Find(text, "Cardiomegaly");

        Assert.Equal(new Span(31, 43, "Cardiomegaly"), span);
    }

    [Theory]
    [InlineData("large pleural effusion")]
    [InlineData("pleuraleffusion")]
    [InlineData("effusion, left")]
    public void QuoteThatIsNotInTheTextIsNotFound(string quote)
    {
        Assert.Null(EvidenceLocator.Find("Small left pleural effusion.", quote));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void EmptyQuoteIsNotFound(string quote)
    {
        Assert.Null(EvidenceLocator.Find("Cardiomegaly.", quote));
    }

    [Fact]
    public void EmptyTextFindsNothing()
    {
        Assert.Null(EvidenceLocator.Find("", "Cardiomegaly"));
    }

    [Fact]
    public void NonAsciiTextKeepsExactUtf16Offsets()
    {
        const string text = "Temp 38.5 °C; Na ≥ 150 µmol 😀 then hypernatremia noted.";

        var span = EvidenceLocator.Find(text, "HYPERNATREMIA noted");

        Assert.NotNull(span);
        Assert.True(span.IsExactIn(text));
        Assert.Equal("hypernatremia noted", span.Text);
        Assert.Equal(text.IndexOf("hypernatremia", StringComparison.Ordinal), span.Start);
    }

    [Fact]
    public void RepeatedPrefixesAreHandledByTheSearch()
    {
        const string text = "aaab aab aaaab";

        var span = EvidenceLocator.Find(text, "aaaab");

        Assert.Equal(new Span(9, 14, "aaaab"), span);
    }

    [Fact]
    public void LongTextWithAFarQuoteIsFoundAndExact()
    {
        var text = string.Concat(Enumerable.Repeat("Lungs are clear. ", 20_000)) + "Mild cardiomegaly.";

        var span = EvidenceLocator.Find(text, "mild  cardiomegaly");

        Assert.NotNull(span);
        Assert.Equal("Mild cardiomegaly", span.Text);
        Assert.True(span.IsExactIn(text));
    }
}
