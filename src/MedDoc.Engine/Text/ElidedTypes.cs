namespace MedDoc.Engine.Text;

/// <summary>
/// The types written after a mention that ends on a type of one capital letter or a number, joined to it by "and", "or" and
/// commas with the mention's head left out: "hepatitis B and C" names hepatitis C too, "HIV 1 and 2" HIV 2. Pure.
/// Example: tokens of "hepatitis B and C were positive", mention "hepatitis B" → the index of "C".
/// </summary>
public static class ElidedTypes
{
    /// <summary>The indexes of the bare types after <paramref name="mention"/>, before the token at <paramref name="limit"/>, in order.</summary>
    public static IReadOnlyList<int> After(string text, IReadOnlyList<Token> tokens, TokenRange mention, int limit)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var last = tokens[mention.End - 1];
        if (!IsBareType(text, last))
        {
            return [];
        }
        var types = new List<int>();
        var i = mention.End;
        while (i < limit && tokens[i].IsCoordination)
        {
            i++;
            if (i < limit && tokens[i].IsCoordination)
            {
                i++;
            }
            if (i >= limit || tokens[i].Kind != last.Kind || !IsBareType(text, tokens[i]))
            {
                break;
            }
            types.Add(i++);
        }
        return types;
    }

    /// <summary>Whether <paramref name="token"/> is a type written as one capital letter ("B") or a number of one or two digits ("1").</summary>
    public static bool IsBareType(string text, Token token) => token.Kind switch
    {
        TokenKind.Word => token.Length == 1 && char.IsUpper(text[token.Start]),
        TokenKind.Number => token.Length <= 2,
        _ => false,
    };
}
