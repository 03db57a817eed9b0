namespace MedDoc.Engine;

/// <summary>Conversions between UTF-16 indexes and code-point indexes of one text.</summary>
public static class TextOffsets
{
    /// <summary>Code-point index of the UTF-16 index <paramref name="utf16Index"/> ("a😀b": 3 → 2).</summary>
    public static int ToCodePointIndex(string source, int utf16Index)
    {
        var surrogatePairs = 0;
        var limit = Math.Min(utf16Index, source.Length);
        for (var i = 0; i < limit - 1; i++)
        {
            if (char.IsHighSurrogate(source[i]) && char.IsLowSurrogate(source[i + 1]))
            {
                surrogatePairs++;
                i++;
            }
        }
        return utf16Index - surrogatePairs;
    }

    /// <summary>UTF-16 index of the code-point index <paramref name="codePointIndex"/> ("a😀b": 2 → 3).</summary>
    public static int ToUtf16Index(string source, int codePointIndex)
    {
        var index = 0;
        for (var cp = 0; cp < codePointIndex && index < source.Length; cp++)
        {
            index += char.IsHighSurrogate(source[index]) && index + 1 < source.Length && char.IsLowSurrogate(source[index + 1]) ? 2 : 1;
        }
        return index;
    }
}
