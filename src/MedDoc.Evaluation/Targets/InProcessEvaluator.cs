using System.Diagnostics;
using MedDoc.Engine;
using MedDoc.Evaluation.Datasets;

namespace MedDoc.Evaluation.Targets;

/// <summary>
/// Scores the same pipeline the API runs, in this process: <see cref="IAnalysisService.AnalyzeAsync"/>
/// on the document text. Spans are converted to code-point offsets, as the API sends them.
/// </summary>
public sealed class InProcessEvaluator(IAnalysisService service) : IDocumentEvaluator
{
    /// <inheritdoc />
    public string Target => "in-process";

    /// <inheritdoc />
    public async Task<DocumentPrediction> PredictAsync(EvalDocument document, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        AnalysisResult result;
        try
        {
            result = await service.AnalyzeAsync(document.DocumentText, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The message of an engine exception could quote the text, so only its type is kept.
            return DocumentPrediction.Failed($"analysis threw {ex.GetType().Name}", stopwatch.Elapsed.TotalMilliseconds);
        }
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        var offsets = new CodePointMap(document.DocumentText);
        var codes = result.Codes.Select(code => ToPredicted(code, document.DocumentText, offsets)).ToArray();
        return new DocumentPrediction(result.Classification.Type.ToLabel(), codes, elapsed);
    }

    private static PredictedCode ToPredicted(CodeSuggestion code, string text, CodePointMap offsets) =>
        new(code.Code,
            code.Evidence.Select(span => span.Text).ToArray(),
            code.Evidence.Select(span => ToCodePoints(span, text, offsets)).ToArray());

    private static PredictedSpan ToCodePoints(Span span, string text, CodePointMap offsets)
    {
        if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
        {
            return new PredictedSpan(span.Start, span.End, span.Text);
        }
        var (start, end) = span.ToCodePointOffsets(offsets);
        return new PredictedSpan(start, end, span.Text);
    }
}
