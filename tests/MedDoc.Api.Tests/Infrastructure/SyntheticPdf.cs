using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MedDoc.Api.Tests.Infrastructure;

/// <summary>Builds a real one-page PDF with the given lines (PdfPig's builder, Helvetica).</summary>
public static class SyntheticPdf
{
    public static byte[] WithLines(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new UglyToad.PdfPig.Core.PdfPoint(50, y), font);
            y -= 16;
        }
        return builder.Build();
    }
}
