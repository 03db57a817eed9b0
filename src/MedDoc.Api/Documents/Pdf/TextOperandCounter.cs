namespace MedDoc.Api.Documents.Pdf;

/// <summary>
/// An upper bound on the glyphs a content stream can show: the bytes of its string operands,
/// literal <c>(…)</c> and hex <c>&lt;…&gt;</c>. PdfPig turns every shown glyph into a letter object of a
/// few hundred bytes while it lays out a page, so a page that could show too many is refused before
/// PdfPig reads it (docs/decisions/007-pdf-budgets.md).
/// </summary>
public static class TextOperandCounter
{
    /// <summary>The string-operand bytes in <paramref name="content"/>; counting stops once it passes <paramref name="stopAbove"/>.</summary>
    public static long Count(ReadOnlySpan<byte> content, long stopAbove)
    {
        long count = 0;
        var position = 0;
        while (position < content.Length && count <= stopAbove)
        {
            switch (content[position])
            {
                case (byte)'%':
                    position = SkipComment(content, position);
                    break;
                case (byte)'(':
                    position = CountLiteral(content, position + 1, ref count);
                    break;
                case (byte)'<' when position + 1 < content.Length && content[position + 1] == (byte)'<':
                    position += 2;
                    break;
                case (byte)'<':
                    position = CountHex(content, position + 1, ref count);
                    break;
                default:
                    position++;
                    break;
            }
        }
        return count;
    }

    private static int SkipComment(ReadOnlySpan<byte> content, int position)
    {
        while (position < content.Length && content[position] is not ((byte)'\n' or (byte)'\r'))
        {
            position++;
        }
        return position;
    }

    private static int CountLiteral(ReadOnlySpan<byte> content, int position, ref long count)
    {
        var depth = 1;
        while (position < content.Length)
        {
            var current = content[position++];
            if (current == (byte)'\\')
            {
                position++;
                count++;
                continue;
            }
            if (current == (byte)'(')
            {
                depth++;
            }
            else if (current == (byte)')' && --depth == 0)
            {
                break;
            }
            count++;
        }
        return position;
    }

    private static int CountHex(ReadOnlySpan<byte> content, int position, ref long count)
    {
        long digits = 0;
        while (position < content.Length && content[position] != (byte)'>')
        {
            if (char.IsAsciiHexDigit((char)content[position]))
            {
                digits++;
            }
            position++;
        }
        count += (digits + 1) / 2;
        return position + 1;
    }
}
