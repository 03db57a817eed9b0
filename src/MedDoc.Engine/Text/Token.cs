namespace MedDoc.Engine.Text;

/// <summary>
/// One token of the normalized view of a text, with offsets into the ORIGINAL text.
/// Example: in "No  Effusion." the word "Effusion" is Token(4, 12, "effusion", Word, LineStart: false).
/// <paramref name="Value"/> is the normalized form (lower case, dash and quote variants folded).
/// <paramref name="LineStart"/> is true for the first token of a line.
/// </summary>
public readonly record struct Token(int Start, int End, string Value, TokenKind Kind, bool LineStart)
{
    /// <summary>Length of the token in the original text (UTF-16 units).</summary>
    public int Length => End - Start;

    /// <summary>True for a word or number.</summary>
    public bool IsWordLike => Kind != TokenKind.Punctuation;

    /// <summary>True for "and", "or" and a comma: the tokens that join the items of a coordination ("liver and spleen").</summary>
    public bool IsCoordination => Value is "and" or "or" or ",";
}
