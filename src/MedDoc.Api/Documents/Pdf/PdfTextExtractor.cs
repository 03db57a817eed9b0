using System.Text;
using MedDoc.Api.Infrastructure;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Tokens;

namespace MedDoc.Api.Documents.Pdf;

/// <summary>
/// The text of a PDF's pages (PdfPig), read under a <see cref="PdfBudget"/>: pages, bytes each
/// compressed stream and all streams expand to, characters of text and wall time are checked while
/// the work runs, so a PDF bomb is refused before it expands (docs/decisions/007-pdf-budgets.md).
/// A client that leaves stops the work at the next stream or page.
/// </summary>
public sealed class PdfTextExtractor(IOptions<PdfBudgetOptions> pdfOptions, IOptions<UploadOptions> uploadOptions, ILogger<PdfTextExtractor> logger)
{
    private const string PageSeparator = "\n\n";

    public Outcome<string> Extract(byte[] content, CancellationToken cancellationToken)
    {
        var limits = pdfOptions.Value;
        using var timeout = new CancellationTokenSource(limits.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var budget = new PdfBudget(limits, linked.Token);
        try
        {
            var text = ReadPages(content, budget);
            return string.IsNullOrWhiteSpace(text)
                ? Outcome<string>.Failure(ApiProblems.UnreadablePdf("The PDF has no extractable text (a scanned image?); upload a text PDF or the text itself."))
                : Outcome<string>.Success(text);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (budget.Exceeded is { } limit)
            {
                return Refuse(limit, budget);
            }
            if (timeout.IsCancellationRequested)
            {
                return Refuse(PdfLimit.Time, budget);
            }
            return Outcome<string>.Failure(ApiProblems.UnreadablePdf(
                "The file could not be read as a PDF; it may be damaged, encrypted or not a PDF at all."));
        }
    }

    private string ReadPages(byte[] content, PdfBudget budget)
    {
        var maxChars = uploadOptions.Value.MaxTextChars;
        if (PageObjectCounter.Count(content, budget.Limits.MaxPages) > budget.Limits.MaxPages)
        {
            budget.Fail(PdfLimit.Pages);
        }
        using var pdf = PdfDocument.Open(content, new ParsingOptions { FilterProvider = new BudgetedFilterProvider(budget) });
        if (pdf.NumberOfPages > budget.Limits.MaxPages)
        {
            budget.Fail(PdfLimit.Pages);
        }
        CheckUncompressedContent(pdf, budget);
        var text = new StringBuilder();
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            budget.ThrowIfStopped();
            var page = pdf.GetPage(number);
            budget.ThrowIfStopped();
            if (number > 1)
            {
                text.Append(PageSeparator);
            }
            text.Append(ContentOrderTextExtractor.GetText(page));
            if (text.Length > maxChars)
            {
                budget.Fail(PdfLimit.TextChars);
            }
        }
        return text.ToString();
    }

    /// <summary>Content streams without a filter never pass through a <see cref="BudgetedFilter"/>: check them here.</summary>
    private static void CheckUncompressedContent(PdfDocument pdf, PdfBudget budget)
    {
        foreach (var reference in pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            budget.ThrowIfStopped();
            if (pdf.Structure.GetObject(reference)?.Data is StreamToken stream
                && !stream.StreamDictionary.ContainsKey(NameToken.Filter)
                && ContentStreams.IsContent(stream.StreamDictionary))
            {
                budget.CheckContent(stream.Data.Span);
            }
        }
    }

    private Outcome<string> Refuse(PdfLimit limit, PdfBudget budget)
    {
        logger.LogInformation("Refused a PDF over its {PdfLimit} budget after {DecodedBytes} decoded bytes", limit, budget.DecodedBytes);
        return Outcome<string>.Failure(ApiProblems.PdfOverBudget(limit, budget.Limits, uploadOptions.Value.MaxTextChars));
    }
}
