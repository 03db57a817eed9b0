using System.Text;
using MedDoc.Api.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace MedDoc.Api.Documents;

/// <summary>The text an upload holds: strict UTF-8 for .txt, the pages' text (PdfPig) for .pdf.</summary>
public static class DocumentText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Outcome<string> Extract(UploadedFile upload) =>
        upload.Kind == UploadKind.Pdf ? ExtractPdf(upload.Content) : DecodeText(upload.Content);

    private static Outcome<string> DecodeText(byte[] content)
    {
        try
        {
            var bom = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            return Outcome<string>.Success(StrictUtf8.GetString(content, bom, content.Length - bom));
        }
        catch (DecoderFallbackException)
        {
            return Outcome<string>.Failure(ApiProblems.UnreadableText());
        }
    }

    private static Outcome<string> ExtractPdf(byte[] content)
    {
        string text;
        try
        {
            using var pdf = PdfDocument.Open(content);
            text = string.Join("\n\n", pdf.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Outcome<string>.Failure(ApiProblems.UnreadablePdf(
                "The file could not be read as a PDF; it may be damaged, encrypted or not a PDF at all."));
        }
        return string.IsNullOrWhiteSpace(text)
            ? Outcome<string>.Failure(ApiProblems.UnreadablePdf("The PDF has no extractable text (a scanned image?); upload a text PDF or the text itself."))
            : Outcome<string>.Success(text);
    }
}
