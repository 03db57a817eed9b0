using System.IO.Compression;
using MedDoc.Api.Documents.Pdf;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace MedDoc.Api.Tests.Documents;

/// <summary>The bounded measurements agree with what PdfPig's own filters produce, and stop at the limit.</summary>
public sealed class DecodedLengthTests
{
    private static readonly DictionaryToken NoParameters = new(new Dictionary<NameToken, IToken>());

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void FlateLengthEqualsWhatPdfPigInflates(int size)
    {
        var compressed = Zlib(Enumerable.Range(0, size).Select(i => (byte)(i * 7 % 251)).ToArray());

        var measured = DecodedLength.Flate(compressed, long.MaxValue, CancellationToken.None);

        Assert.Equal(new FlateFilter().Decode(compressed, NoParameters, DefaultFilterProvider.Instance, 0).Length, measured);
        Assert.Equal(size, measured);
    }

    [Fact]
    public void FlateMeasurementStopsJustPastTheLimit()
    {
        var compressed = Zlib(new byte[64 * 1024 * 1024]);

        var measured = DecodedLength.Flate(compressed, 1024 * 1024, CancellationToken.None);

        Assert.InRange(measured, 1024 * 1024 + 1, 1024 * 1024 + (64 * 1024));
    }

    [Fact]
    public void LzwLengthEqualsWhatPdfPigDecodesAcrossEveryCodeWidth()
    {
        var encoded = LzwRun(repeatsOfLongestEntry: 50);

        var measured = DecodedLength.Lzw(encoded, earlyChange: 1, long.MaxValue, CancellationToken.None);

        Assert.Equal(new LzwFilter().Decode(encoded, NoParameters, DefaultFilterProvider.Instance, 0).Length, measured);
        Assert.True(measured > 4_000_000, $"measured {measured}");
    }

    [Fact]
    public void LzwBombIsMeasuredWithoutExpandingIt()
    {
        var encoded = LzwRun(repeatsOfLongestEntry: 20_000);

        var measured = DecodedLength.Lzw(encoded, earlyChange: 1, 8 * 1024 * 1024, CancellationToken.None);

        Assert.True(encoded.Length < 64 * 1024, $"{encoded.Length} bytes");
        Assert.InRange(measured, 8 * 1024 * 1024 + 1, (8 * 1024 * 1024) + 4096);
    }

    [Fact]
    public void RunLengthLengthEqualsWhatPdfPigDecodes()
    {
        // A literal run of 3 bytes, a repeat of 0x41 for 100 bytes, the end marker.
        byte[] encoded = [2, 1, 2, 3, 257 - 100, 0x41, 128];

        var measured = DecodedLength.RunLength(encoded, long.MaxValue);

        Assert.Equal(new RunLengthFilter().Decode(encoded, NoParameters, DefaultFilterProvider.Instance, 0).Length, measured);
        Assert.Equal(103, measured);
    }

    private static byte[] Zlib(byte[] content)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(content);
        }
        return output.ToArray();
    }

    /// <summary>
    /// LZW codes whose entries grow by one byte each ('A', 'AA', 'AAA' … until the 4096-entry table
    /// is full), then the longest entry again and again: each 12-bit code yields about 3,800 bytes.
    /// </summary>
    private static byte[] LzwRun(int repeatsOfLongestEntry)
    {
        var codes = new List<(int Code, int Width)>();
        var width = 9;
        var next = 258;
        codes.Add((256, width));
        codes.Add(('A', width));
        while (next < 4096)
        {
            codes.Add((next, width));
            next++;
            if (width < 12 && next + 1 >= 1 << width)
            {
                width++;
            }
        }
        codes.AddRange(Enumerable.Repeat((4095, 12), repeatsOfLongestEntry));
        codes.Add((257, 12));
        var bits = new List<bool>();
        foreach (var (code, codeWidth) in codes)
        {
            for (var bit = codeWidth - 1; bit >= 0; bit--)
            {
                bits.Add(((code >> bit) & 1) == 1);
            }
        }
        var bytes = new byte[(bits.Count + 7) / 8];
        for (var index = 0; index < bits.Count; index++)
        {
            if (bits[index])
            {
                bytes[index / 8] |= (byte)(0x80 >> (index % 8));
            }
        }
        return bytes;
    }
}
