namespace MedDoc.Engine.Text;

/// <summary>A half-open range <c>[Start, End)</c> of token indexes, e.g. one sentence or one matched phrase.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    /// <summary>Number of tokens in the range.</summary>
    public int Count => End - Start;
}
