using MedDoc.Engine;
using MedDoc.Evaluation.Targets;
using MedDoc.Evaluation.Tests.Fakes;

namespace MedDoc.Evaluation.Tests.Targets;

public sealed class InProcessEvaluatorTests
{
    private const string Text = "\U0001F600 Cardiomegaly.";

    private static AnalysisResult Result(string text)
    {
        var span = Span.Of(text, 3, 15);
        var code = new CodeSuggestion("I51.7", "Cardiomegaly", [span], 0.9, CodeBasis.Documented);
        return AnalysisResult.Empty with { Classification = new DocumentClassification(DocumentType.XRay, 0.9, "test"), Codes = [code] };
    }

    [Fact]
    public async Task TypeAndCodesComeFromTheService()
    {
        var prediction = await new InProcessEvaluator(new FakeAnalysisService(Result)).PredictAsync(Docs.Doc("1", "X-RAY", [], text: Text), CancellationToken.None);
        Assert.Equal("X-RAY", prediction.DocumentType);
        Assert.Equal("I51.7", Assert.Single(prediction.Codes).Code);
        Assert.Null(prediction.Error);
    }

    [Fact]
    public async Task SpansAreConvertedToCodePointOffsets()
    {
        var prediction = await new InProcessEvaluator(new FakeAnalysisService(Result)).PredictAsync(Docs.Doc("1", "X-RAY", [], text: Text), CancellationToken.None);
        var span = Assert.Single(Assert.Single(prediction.Codes).EvidenceSpans);
        Assert.Equal(new PredictedSpan(2, 14, "Cardiomegaly"), span);
    }

    [Fact]
    public async Task ServiceExceptionBecomesADocumentErrorWithoutItsMessage()
    {
        var service = new FakeAnalysisService(_ => throw new InvalidOperationException("patient text here"));
        var prediction = await new InProcessEvaluator(service).PredictAsync(Docs.Doc("1", "X-RAY", []), CancellationToken.None);
        Assert.Equal("analysis threw InvalidOperationException", prediction.Error);
        Assert.Null(prediction.DocumentType);
    }
}
