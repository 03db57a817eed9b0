namespace MedDoc.Api.Documents.Pdf;

/// <summary>The budget a PDF ran over while its text was read.</summary>
public enum PdfLimit
{
    Pages,
    StreamBytes,
    DecodedBytes,
    PageChars,
    TextChars,
    Time,
}
