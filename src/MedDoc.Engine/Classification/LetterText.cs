namespace MedDoc.Engine.Classification;

/// <summary>
/// The letters of a text, lower-cased, with every other character dropped, so OCR-noisy words still match:
/// "M\nicroscopic  Description" → "microscopicdescription".
/// </summary>
internal sealed class LetterText
{
    private readonly string _letters;

    private LetterText(string letters) => _letters = letters;

    /// <summary>The letters of <paramref name="text"/>, lower-cased (invariant culture).</summary>
    public static LetterText Of(string text)
    {
        var letters = new char[text.Length];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters[count++] = char.ToLowerInvariant(c);
            }
        }
        return new LetterText(new string(letters, 0, count));
    }

    /// <summary>The letters themselves: "microscopicdescription".</summary>
    public string Letters => _letters;

    /// <summary>True when <paramref name="term"/> (lower-case letters) occurs.</summary>
    public bool Contains(string term) => _letters.Contains(term, StringComparison.Ordinal);
}
