namespace MedDoc.Engine.Text;

/// <summary>What a <see cref="Token"/> is: "effusion" is a word, "1.7" a number, "," punctuation.</summary>
public enum TokenKind
{
    /// <summary>A run of letters (and digits mixed in): "effusion", "t12", "µg".</summary>
    Word,
    /// <summary>A number, decimals and thousands separators included: "1.7", "10,000".</summary>
    Number,
    /// <summary>Any other single character (or surrogate pair): ",", ".", "°", "≥", "😀".</summary>
    Punctuation,
}
