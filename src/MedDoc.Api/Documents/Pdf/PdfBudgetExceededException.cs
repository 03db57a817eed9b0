namespace MedDoc.Api.Documents.Pdf;

/// <summary>Thrown inside PdfPig's decoding to stop a PDF the moment it runs over <see cref="Limit"/>.</summary>
public sealed class PdfBudgetExceededException(PdfLimit limit)
    : Exception($"The PDF ran over its {limit} budget.")
{
    public PdfLimit Limit { get; } = limit;
}
