namespace MedDoc.Engine.Tests;

public sealed class CodePointMapTests
{
    [Fact]
    public void TextWithoutSurrogatesKeepsItsOffsets()
    {
        var map = new CodePointMap("No pleural effusion. Cardiomegaly, 37 °C, 10³/µL.");

        Assert.Equal(21, map.ToCodePointIndex(21));
        Assert.Equal(21, map.ToUtf16Index(21));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void AnEmojiCountsAsOneCodePoint(int utf16Index, int codePointIndex)
    {
        var map = new CodePointMap("a😀b");

        Assert.Equal(codePointIndex, map.ToCodePointIndex(utf16Index));
        Assert.Equal(utf16Index, map.ToUtf16Index(codePointIndex));
    }

    [Fact]
    public void EveryIndexAgreesWithCountingCodePointsOneByOne()
    {
        const string text = "😀 Pain 8/10 🩺 no effusion 😀😀 end \ud83d";
        var map = new CodePointMap(text);

        for (var utf16 = 0; utf16 <= text.Length; utf16++)
        {
            var expected = CountCodePointsBefore(text, utf16);
            Assert.Equal(expected, map.ToCodePointIndex(utf16));
        }
        Assert.Equal(CountCodePointsBefore(text, text.Length), map.CodePointLength);
    }

    [Fact]
    public void CodePointIndexPastTheEndIsClampedToTheText()
    {
        var map = new CodePointMap("a😀b");

        Assert.Equal(4, map.ToUtf16Index(10));
    }

    [Fact]
    public void SpanAfterAnEmojiConvertsThroughTheMap()
    {
        const string text = "😀 Cardiomegaly.";
        var span = Span.Of(text, 3, 15);

        Assert.Equal((2, 14), span.ToCodePointOffsets(new CodePointMap(text)));
    }

    /// <summary>The reference: pairs wholly before the index count once; a lone surrogate counts as one.</summary>
    private static int CountCodePointsBefore(string text, int utf16Index)
    {
        var count = 0;
        for (var i = 0; i < utf16Index; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < utf16Index && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            count++;
        }
        return count;
    }
}
