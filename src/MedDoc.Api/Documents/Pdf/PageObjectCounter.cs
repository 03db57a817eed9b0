namespace MedDoc.Api.Documents.Pdf;

/// <summary>
/// Counts the <c>/Page</c> name tokens in a PDF's raw bytes: the page objects written outside object
/// streams. PdfPig builds the whole page tree when it opens a file, which cannot be interrupted and
/// takes seconds for tens of thousands of pages, so a file that plainly has too many pages is
/// refused before it is opened (docs/decisions/007-pdf-budgets.md).
/// </summary>
public static class PageObjectCounter
{
    private static readonly byte[] PageName = "/Page"u8.ToArray();

    /// <summary>The number of <c>/Page</c> tokens, counting stops once it passes <paramref name="stopAbove"/>.</summary>
    public static int Count(ReadOnlySpan<byte> pdf, int stopAbove)
    {
        var count = 0;
        var position = 0;
        while (count <= stopAbove)
        {
            var found = pdf[position..].IndexOf(PageName);
            if (found < 0)
            {
                break;
            }
            position += found + PageName.Length;
            if (position >= pdf.Length || EndsName(pdf[position]))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>White space and the delimiters of PDF syntax end a name token.</summary>
    private static bool EndsName(byte next) => next is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0
        or (byte)'/' or (byte)'>' or (byte)'<' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')' or (byte)'{' or (byte)'}' or (byte)'%';
}
