namespace MedDoc.Engine;

/// <summary>
/// A verbatim piece of the original document: <c>text[Start..End] == Text</c> always holds.
/// Offsets are UTF-16 indexes (C#'s own); <see cref="ToCodePointOffsets"/> converts them for
/// clients that count code points (the Python prototype's slice notation).
/// Example: in "No effusion. Cardiomegaly." the finding "Cardiomegaly" is Span(13, 25).
/// </summary>
public sealed record Span(int Start, int End, string Text)
{
    /// <summary>Cuts the span <c>[start, end)</c> out of <paramref name="source"/>.</summary>
    public static Span Of(string source, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (start < 0 || end < start || end > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Span [{start}, {end}) is outside a text of length {source.Length}.");
        }
        return new Span(start, end, source[start..end]);
    }

    /// <summary>Length in UTF-16 units.</summary>
    public int Length => End - Start;

    /// <summary>True when the span's offsets cut exactly its text out of <paramref name="source"/>.</summary>
    public bool IsExactIn(string source) =>
        Start >= 0 && End >= Start && End <= source.Length && Text.Length == Length &&
        string.CompareOrdinal(source, Start, Text, 0, Length) == 0;

    /// <summary>
    /// The same span as code-point offsets (what a Python client's <c>text[start:end]</c> expects), through the
    /// document's <see cref="CodePointMap"/> (build it once per text). Differs from the UTF-16 offsets only when
    /// characters outside the BMP precede or fall in the span.
    /// </summary>
    public (int Start, int End) ToCodePointOffsets(CodePointMap map) =>
        (map.ToCodePointIndex(Start), map.ToCodePointIndex(End));
}
