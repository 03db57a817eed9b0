namespace MedDoc.Engine.Classification;

/// <summary>
/// A document's text with every character that a case-insensitive, culture-invariant pattern reads as a lower-case
/// ASCII letter replaced by that letter: "A"–"Z" and the Kelvin sign (U+212A, read as "k"). Each character maps to one character, so an offset in the folded text is the same offset in the original.
/// An ordinal search of the folded text finds every place where a case-insensitive pattern could read a lower-case
/// ASCII literal, with the vectorised search the runtime offers for ordinal strings (its ignore-case search is not
/// vectorised under invariant globalization): "Hospital Course" → "hospital course".
/// </summary>
internal sealed class CaseFoldedText
{
    private const char KelvinSign = '\u212A';

    private CaseFoldedText(string folded) => Folded = folded;

    /// <summary>The folded characters, the same length as the original text.</summary>
    public string Folded { get; }

    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static CaseFoldedText Of(string text) => new(string.Create(text.Length, text, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = Fold(source[i]);
        }
    }));

    /// <summary>The character a case-insensitive pattern reads <paramref name="c"/> as, when that is a lower-case ASCII letter; otherwise <paramref name="c"/>.</summary>
    public static char Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        KelvinSign => 'k',
        _ => c,
    };

    /// <summary>The first offset at or after <paramref name="start"/> where <paramref name="literal"/> (lower-case) occurs, or -1.</summary>
    public int IndexOf(string literal, int start = 0) => Folded.IndexOf(literal, start, StringComparison.Ordinal);
}
