using MedDoc.Llm.Redaction;

namespace MedDoc.Llm.Tests.Redaction;

public sealed class RedactedTextTests
{
    private const string Original = "Patient: Jane Roe. Seen 04/02/2024. Mild cardiomegaly.";
    private readonly RedactedText _redacted = new PhiRedactor().Redact(Original);

    [Fact]
    public void TextAfterPlaceholdersMapsToTheSameWordsInTheOriginal()
    {
        var redactedStart = _redacted.Text.IndexOf("Mild cardiomegaly", StringComparison.Ordinal);
        var redactedEnd = redactedStart + "Mild cardiomegaly".Length;

        var start = _redacted.Map(redactedStart);
        var end = _redacted.MapEnd(redactedEnd);

        Assert.Equal("Mild cardiomegaly", Original[start..end]);
    }

    [Fact]
    public void TextBeforeTheFirstPlaceholderKeepsItsOffsets()
    {
        Assert.Equal(3, _redacted.Map(3));
        Assert.Equal(8, _redacted.MapEnd(8));
    }

    [Fact]
    public void ASpanCoveringAPlaceholderMapsToTheWholePhiItReplaced()
    {
        var redactedStart = _redacted.Text.IndexOf("[NAME]", StringComparison.Ordinal);
        var redactedEnd = _redacted.Text.IndexOf("[DATE]", StringComparison.Ordinal) + "[DATE]".Length;

        var start = _redacted.Map(redactedStart);
        var end = _redacted.MapEnd(redactedEnd);

        Assert.Equal("Jane Roe. Seen 04/02/2024", Original[start..end]);
    }

    [Fact]
    public void AnIndexInsideAPlaceholderMapsToItsPhiBounds()
    {
        var inside = _redacted.Text.IndexOf("[NAME]", StringComparison.Ordinal) + 2;

        Assert.Equal(Original.IndexOf("Jane", StringComparison.Ordinal), _redacted.Map(inside));
        Assert.Equal(Original.IndexOf("Roe", StringComparison.Ordinal) + 3, _redacted.MapEnd(inside));
    }

    [Fact]
    public void UnchangedTextMapsEveryIndexToItself()
    {
        var unchanged = RedactedText.Unchanged("No acute disease.");

        Assert.Equal(5, unchanged.Map(5));
        Assert.Equal(17, unchanged.MapEnd(17));
        Assert.Same(unchanged.Original, unchanged.Text);
    }

    [Fact]
    public void CountsByKindNameNoText()
    {
        var counts = _redacted.CountByKind();

        Assert.Equal(1, counts[PhiKind.Name]);
        Assert.Equal(1, counts[PhiKind.Date]);
    }
}
