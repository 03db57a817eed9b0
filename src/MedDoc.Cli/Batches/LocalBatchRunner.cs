using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MedDoc.Contracts;
using MedDoc.Engine;

namespace MedDoc.Cli.Batches;

/// <summary>
/// <c>meddoc batch DIR</c> without an API: analyses every .txt document in this process, several at a
/// time, and writes one JSON line per document in folder order, each analysis mapped to the HTTP contract as the
/// API stores it (with its <c>text</c>). Memory stays flat: documents are read,
/// analysed and written a window at a time. PDFs need the API's text extraction and fail with that reason.
/// </summary>
public sealed class LocalBatchRunner(IAnalysisService analyser, int concurrency)
{
    private const int Window = 256;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<BatchSummary> RunAsync(BatchInput input, Stream output, BatchProgress progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        var failed = 0;
        await using var writer = new Utf8JsonWriter(output);
        for (var first = 0; first < input.RelativePaths.Count; first += Window)
        {
            var count = Math.Min(Window, input.RelativePaths.Count - first);
            var lines = new BatchLine[count];
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
                async (offset, token) => lines[offset] = await AnalyseAsync(first + offset, input, token));
            foreach (var line in lines)
            {
                line.Write(writer);
                await writer.FlushAsync(cancellationToken);
                writer.Reset();
                output.WriteByte((byte)'\n');
                if (line.Status == BatchLine.Done)
                {
                    done++;
                }
                else
                {
                    failed++;
                }
            }
            await progress.ReportAsync(done, failed);
        }
        await output.FlushAsync(cancellationToken);
        await progress.ReportAsync(done, failed, final: true);
        return new BatchSummary(done, failed, clock.Elapsed);
    }

    private async Task<BatchLine> AnalyseAsync(int index, BatchInput input, CancellationToken cancellationToken)
    {
        var path = input.RelativePaths[index];
        if (Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return BatchLine.Failure(index, path, "PDF text extraction needs the API: run meddoc batch with --api-base.");
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(await File.ReadAllBytesAsync(input.FullPath(path), cancellationToken)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return BatchLine.Failure(index, path, "The file is not UTF-8 text.");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return BatchLine.Failure(index, path, $"The file cannot be read ({error.GetType().Name}).");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return BatchLine.Failure(index, path, "The document is empty.");
        }
        try
        {
            var result = await analyser.AnalyzeAsync(text, cancellationToken);
            return BatchLine.Success(index, path, result.ToAnalysisResponse(text) with { Text = text });
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            // The reason names the failure's type only: an exception message may quote the document.
            return BatchLine.Failure(index, path, $"The analysis failed ({error.GetType().Name}).");
        }
    }
}
