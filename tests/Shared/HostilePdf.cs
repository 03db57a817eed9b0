using System.IO.Compression;
using System.Text;

namespace MedDoc.Testing;

/// <summary>
/// Small PDFs whose compressed streams expand enormously (PDF bombs), written by hand so each
/// layer of compression and each page is under the test's control. Content is synthetic.
/// </summary>
internal static class HostilePdf
{
    /// <summary>One page whose FlateDecode content stream inflates to about <paramref name="textBytes"/> bytes of shown text.</summary>
    public static byte[] TextBomb(long textBytes) => Build(pages: 1, Flate(TextOperations(textBytes)), "/FlateDecode");

    /// <summary>One page whose content stream, not compressed at all, shows about <paramref name="textBytes"/> bytes of text.</summary>
    public static byte[] UncompressedTextPage(long textBytes) =>
        Build(pages: 1, [.. TextOperations(textBytes).SelectMany(chunk => chunk.ToArray())], filter: null);

    /// <summary>One page whose content stream is <paramref name="spaces"/> spaces compressed twice (<c>[/FlateDecode /FlateDecode]</c>).</summary>
    public static byte[] DoubleFlateBomb(long spaces) =>
        Build(pages: 1, Flate([Flate(Repeated((byte)' ', spaces))]), "[/FlateDecode /FlateDecode]");

    /// <summary><paramref name="pages"/> pages that all draw the one content stream of about <paramref name="textBytes"/> bytes.</summary>
    public static byte[] SharedContentPages(int pages, long textBytes) => Build(pages, Flate(TextOperations(textBytes)), "/FlateDecode");

    /// <summary><paramref name="pages"/> pages sharing one content stream of one short line and <paramref name="padding"/> spaces: much to decode, little text.</summary>
    public static byte[] PaddedPages(int pages, long padding) =>
        Build(pages, Flate([Ascii("BT /F1 12 Tf 72 700 Td (Cardiomegaly.) Tj ET\n"), .. Repeated((byte)' ', padding)]), "/FlateDecode");

    /// <summary>A plain PDF of <paramref name="pages"/> pages that each show <paramref name="line"/>.</summary>
    public static byte[] Pages(int pages, string line) =>
        Build(pages, Flate([Ascii($"BT /F1 12 Tf 72 700 Td ({line}) Tj ET\n")]), "/FlateDecode");

    private static byte[] Build(int pages, byte[] content, string? filter)
    {
        // Objects: 1 catalog, 2 page tree, 3 font, 4 shared content stream, 5.. pages.
        var kids = string.Join(" ", Enumerable.Range(5, pages).Select(number => $"{number} 0 R"));
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Ascii($"<< /Length {content.Length}{(filter is null ? "" : " /Filter " + filter)} >>\nstream\n").Concat(content).Concat(Ascii("\nendstream")).ToArray(),
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ =>
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>")));

        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n%\u00e2\u00e3\n"));
        var offsets = new List<long>();
        for (var index = 0; index < objects.Count; index++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{index + 1} 0 obj\n"));
            pdf.Write(objects[index]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static IEnumerable<ReadOnlyMemory<byte>> TextOperations(long textBytes)
    {
        var line = Ascii($"BT /F1 12 Tf 72 700 Td ({new string('A', 1000)}) Tj ET\n");
        for (long written = 0; written < textBytes; written += line.Length)
        {
            yield return line;
        }
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Repeated(byte value, long count)
    {
        var block = Enumerable.Repeat(value, 1 << 20).ToArray();
        for (var left = count; left > 0; left -= block.Length)
        {
            yield return block.AsMemory(0, (int)Math.Min(block.Length, left));
        }
    }

    private static byte[] Flate(IEnumerable<ReadOnlyMemory<byte>> chunks)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            foreach (var chunk in chunks)
            {
                zlib.Write(chunk.Span);
            }
        }
        return output.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
