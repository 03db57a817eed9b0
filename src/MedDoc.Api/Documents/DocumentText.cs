using System.Text;
using MedDoc.Api.Documents.Pdf;
using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.Documents;

/// <summary>The text an upload holds: strict UTF-8 for .txt, the pages' text (under the PDF budgets) for .pdf.</summary>
public sealed class DocumentText(PdfTextExtractor pdf)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Outcome<string> Extract(UploadedFile upload, CancellationToken cancellationToken) =>
        upload.Kind == UploadKind.Pdf ? pdf.Extract(upload.Content, cancellationToken) : DecodeText(upload.Content);

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
}
