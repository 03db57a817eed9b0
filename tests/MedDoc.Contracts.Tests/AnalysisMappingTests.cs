using MedDoc.Engine;

namespace MedDoc.Contracts.Tests;

/// <summary>Engine record → contract: labels, code-point offsets, and only present codes with verbatim evidence.</summary>
public sealed class AnalysisMappingTests
{
    // The emoji is two UTF-16 units and one code point: every offset after it differs by one.
    private const string Text = "CHEST X-RAY \U0001F600\nIMPRESSION: Cardiomegaly. No effusion.";

    [Fact]
    public void DocumentTypeIsTheContractsLabel()
    {
        var response = Result().ToAnalysisResponse(Text);

        Assert.Equal("X-RAY", response.Classification.DocumentType);
        Assert.Equal(0.9, response.Classification.Confidence);
        Assert.Equal(AnalysisSources.Rules, response.Classification.Source);
        Assert.Equal(EngineInfo.Version, response.EngineVersion);
        Assert.Null(response.Text);
    }

    [Fact]
    public void OffsetsAfterACharacterOutsideTheBmpCountCodePoints()
    {
        var cardiomegaly = Cardiomegaly();

        var span = Assert.Single(Assert.Single(Result(cardiomegaly).ToAnalysisResponse(Text).Codes).EvidenceSpans);

        Assert.Equal(cardiomegaly.Evidence[0].Start - 1, span.Start);
        Assert.Equal(cardiomegaly.Evidence[0].End - 1, span.End);
        Assert.Equal("Cardiomegaly", span.Text);
    }

    [Fact]
    public void ACodeWhoseEvidenceIsNotVerbatimInTheTextIsDropped()
    {
        var invented = new CodeSuggestion("J90", "Pleural effusion", [new Span(27, 39, "Pleural flui")], 0.8, CodeBasis.Documented);

        var codes = Result(Cardiomegaly(), invented).ToAnalysisResponse(Text).Codes;

        Assert.Equal(["I51.7"], codes.Select(code => code.Code));
    }

    [Fact]
    public void ACodeNotAssertedAsPresentIsDropped()
    {
        var start = Text.IndexOf("effusion", StringComparison.Ordinal);
        var negated = new CodeSuggestion("J90", "Pleural effusion", [new Span(start, start + 8, "effusion")], 0.8, CodeBasis.Documented, Assertion.Negated);

        var codes = Result(Cardiomegaly(), negated).ToAnalysisResponse(Text).Codes;

        Assert.Equal(["I51.7"], codes.Select(code => code.Code));
    }

    [Fact]
    public void EvidenceQuotesAreTheSpansTexts()
    {
        var code = Assert.Single(Result(Cardiomegaly()).ToAnalysisResponse(Text).Codes);

        Assert.Equal(code.EvidenceSpans.Select(span => span.Text), code.Evidence);
    }

    private static CodeSuggestion Cardiomegaly()
    {
        var start = Text.IndexOf("Cardiomegaly", StringComparison.Ordinal);
        return new CodeSuggestion("I51.7", "Cardiomegaly", [new Span(start, start + 12, "Cardiomegaly")], 0.93, CodeBasis.Documented);
    }

    private static AnalysisResult Result(params CodeSuggestion[] codes) =>
        new(new DocumentClassification(DocumentType.XRay, 0.9, "The title names the modality."), [], [], [], codes, new DocumentSummary("Cardiomegaly.", ["Cardiomegaly"]));
}
