using MedDoc.Api.Documents;

namespace MedDoc.Api.Tests.Documents;

/// <summary>Upload names are stored without path parts, control or bidi characters, and cut on a character boundary.</summary>
public sealed class UploadFilenameTests
{
    [Theory]
    [InlineData("../../etc/cbc.txt", "cbc.txt")]
    [InlineData("C:\\reports\\cxr.pdf", "cxr.pdf")]
    [InlineData("\u202etxt.exe", "txt.exe")]
    [InlineData("a\u0000b\u0007c.txt", "abc.txt")]
    [InlineData("zero\u200bwidth.txt", "zerowidth.txt")]
    [InlineData("  report.txt. ", "report.txt")]
    [InlineData("..", UploadFilename.Default)]
    [InlineData("", UploadFilename.Default)]
    [InlineData(null, UploadFilename.Default)]
    [InlineData("37 °C µg ≥ 2.txt", "37 °C µg ≥ 2.txt")]
    public void NameIsCleaned(string? given, string expected)
    {
        Assert.Equal(expected, UploadFilename.Clean(given));
    }

    [Fact]
    public void LongNameOfEmojiIsCutBetweenCharactersAndKeepsItsExtension()
    {
        var name = string.Concat(Enumerable.Repeat("\U0001F600", 200)) + ".txt";

        var cleaned = UploadFilename.Clean(name);

        Assert.True(cleaned.Length <= UploadFilename.MaxLength, $"{cleaned.Length}");
        Assert.EndsWith("\U0001F600.txt", cleaned, StringComparison.Ordinal);
        Assert.All(cleaned.EnumerateRunes(), rune => Assert.NotEqual(System.Text.Rune.ReplacementChar, rune));
        Assert.False(char.IsHighSurrogate(cleaned[^5]));
    }
}
