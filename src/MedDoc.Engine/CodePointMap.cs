namespace MedDoc.Engine;

/// <summary>
/// Converts between the UTF-16 indexes of one text (C#'s own) and its code-point indexes (what a Python
/// client's <c>text[start:end]</c> counts). Built once per text with one scan for surrogate pairs (most
/// documents have none); each conversion is then a binary search, so converting every span of a large
/// document stays linear. Example: in "a😀b" UTF-16 index 3 is code point 2.
/// </summary>
public sealed class CodePointMap
{
    private readonly string _source;
    private readonly int[] _pairUtf16Starts;
    private readonly int[] _pairCodePointStarts;

    /// <summary>Scans <paramref name="source"/> for its surrogate pairs.</summary>
    public CodePointMap(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        var starts = new List<int>();
        for (var i = 0; i < source.Length - 1; i++)
        {
            var offset = source.AsSpan(i, source.Length - 1 - i).IndexOfAnyInRange('\uD800', '\uDBFF');
            if (offset < 0)
            {
                break;
            }
            i += offset;
            if (char.IsLowSurrogate(source[i + 1]))
            {
                starts.Add(i);
                i++;
            }
        }
        _pairUtf16Starts = starts.ToArray();
        _pairCodePointStarts = starts.Select((start, k) => start - k).ToArray();
    }

    /// <summary>Number of code points in the text.</summary>
    public int CodePointLength => _source.Length - _pairUtf16Starts.Length;

    /// <summary>Code-point index of <paramref name="utf16Index"/>; only surrogate pairs wholly before it count.</summary>
    public int ToCodePointIndex(int utf16Index) =>
        utf16Index - CountBelow(_pairUtf16Starts, utf16Index - 1);

    /// <summary>UTF-16 index of <paramref name="codePointIndex"/>, clamped to the text's length.</summary>
    public int ToUtf16Index(int codePointIndex) =>
        Math.Min(_source.Length, codePointIndex + CountBelow(_pairCodePointStarts, codePointIndex));

    /// <summary>How many entries of the ascending <paramref name="values"/> are less than <paramref name="limit"/>.</summary>
    private static int CountBelow(int[] values, int limit)
    {
        if (values.Length == 0)
        {
            return 0;
        }
        var index = Array.BinarySearch(values, limit);
        return index >= 0 ? index : ~index;
    }
}
