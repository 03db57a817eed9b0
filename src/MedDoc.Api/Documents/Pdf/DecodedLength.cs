using System.IO.Compression;
using System.Runtime.InteropServices;

namespace MedDoc.Api.Documents.Pdf;

/// <summary>
/// How many bytes an expanding PDF filter (Flate, LZW, RunLength) would produce, counted without
/// keeping them and given up as soon as the count passes a limit. A 4 KB stream that inflates to
/// 2 GiB is measured in a 64 KB scratch buffer and refused at the limit, instead of being expanded
/// in memory first (docs/decisions/007-pdf-budgets.md).
/// </summary>
public static class DecodedLength
{
    private const int ScratchSize = 64 * 1024;
    private const int LzwClear = 256;
    private const int LzwEnd = 257;
    private const int LzwFirstFree = 258;
    private const int LzwTableSize = 4096;

    /// <summary>The inflated length of a zlib (or raw deflate) stream, or a value above <paramref name="limit"/>.</summary>
    public static long Flate(ReadOnlyMemory<byte> input, long limit, CancellationToken cancellationToken)
    {
        var bytes = AsSegment(input);
        // PDF Flate streams carry a 2-byte zlib header (CMF with method 8); raw deflate has none.
        var skip = bytes.Count >= 2 && (bytes[0] & 0x0F) == 8 ? 2 : 0;
        using var source = new MemoryStream(bytes.Array!, bytes.Offset + skip, bytes.Count - skip, writable: false);
        using var inflater = new DeflateStream(source, CompressionMode.Decompress);
        var scratch = new byte[ScratchSize];
        long total = 0;
        try
        {
            int read;
            while ((read = inflater.Read(scratch, 0, scratch.Length)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return total;
                }
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (InvalidDataException)
        {
            // A damaged tail: PdfPig keeps what inflated before it, so that is what counts.
        }
        return total;
    }

    /// <summary>
    /// The decoded length of an LZW stream (PDF flavour: MSB-first codes of 9 to 12 bits, clear
    /// 256, end 257), from code lengths alone, or a value above <paramref name="limit"/>.
    /// </summary>
    public static long Lzw(ReadOnlySpan<byte> input, int earlyChange, long limit, CancellationToken cancellationToken)
    {
        var lengths = new int[LzwTableSize];
        var next = LzwFirstFree;
        var width = 9;
        var previousLength = 0;
        long total = 0;
        long bitPosition = 0;
        var totalBits = input.Length * 8L;
        while (bitPosition + width <= totalBits)
        {
            var code = ReadCode(input, bitPosition, width);
            bitPosition += width;
            if (code == LzwClear)
            {
                next = LzwFirstFree;
                width = 9;
                previousLength = 0;
                continue;
            }
            if (code == LzwEnd)
            {
                break;
            }
            int length;
            if (code < LzwClear)
            {
                length = 1;
            }
            else if (code < next)
            {
                length = lengths[code];
            }
            else if (code == next && previousLength > 0)
            {
                length = previousLength + 1;
            }
            else
            {
                break;
            }
            total += length;
            if (total > limit)
            {
                return total;
            }
            if (previousLength > 0 && next < LzwTableSize)
            {
                lengths[next++] = previousLength + 1;
            }
            previousLength = length;
            if (width < 12 && next + earlyChange >= 1 << width)
            {
                width++;
            }
            if ((total & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        return total;
    }

    /// <summary>The decoded length of a RunLength stream, or a value above <paramref name="limit"/>.</summary>
    public static long RunLength(ReadOnlySpan<byte> input, long limit)
    {
        long total = 0;
        var position = 0;
        while (position < input.Length)
        {
            int header = input[position];
            if (header == 128)
            {
                break;
            }
            if (header < 128)
            {
                total += header + 1;
                position += header + 2;
            }
            else
            {
                total += 257 - header;
                position += 2;
            }
            if (total > limit)
            {
                return total;
            }
        }
        return total;
    }

    private static int ReadCode(ReadOnlySpan<byte> input, long bitPosition, int width)
    {
        var code = 0;
        for (var bit = 0; bit < width; bit++)
        {
            var position = bitPosition + bit;
            var value = (input[(int)(position >> 3)] >> (7 - (int)(position & 7))) & 1;
            code = (code << 1) | value;
        }
        return code;
    }

    private static ArraySegment<byte> AsSegment(ReadOnlyMemory<byte> input) =>
        MemoryMarshal.TryGetArray(input, out var segment) ? segment : new ArraySegment<byte>(input.ToArray());
}
