using System.Globalization;
using System.Text;

namespace MedDoc.Api.Documents;

/// <summary>
/// The stored name of an upload: its last path segment without control, format (bidi overrides,
/// zero-width) or separator characters, trimmed, and cut to <see cref="MaxLength"/> UTF-16 units on a
/// character boundary with its extension kept. Not NFC-composed: the build runs with
/// InvariantGlobalization, where <c>string.Normalize</c> returns non-ASCII text unchanged.
/// </summary>
public static class UploadFilename
{
    public const int MaxLength = 255;
    public const string Default = "document.txt";
    private const int LongestKeptExtension = 16;

    public static string Clean(string? filename)
    {
        var path = (filename ?? string.Empty).Replace('\\', '/');
        var name = path[(path.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (IsKept(rune))
            {
                kept.Append(rune.ToString());
            }
        }
        var cleaned = kept.ToString().Trim().TrimEnd('.', ' ');
        return cleaned.Length == 0 || cleaned.All(character => character == '.') ? Default : Truncate(cleaned);
    }

    private static bool IsKept(Rune rune) =>
        rune != Rune.ReplacementChar
        && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);

    private static string Truncate(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }
        var extension = Path.GetExtension(name);
        if (extension.Length > LongestKeptExtension)
        {
            extension = string.Empty;
        }
        var stem = name[..^extension.Length];
        var budget = MaxLength - extension.Length;
        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(stem);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + elements.GetTextElement().Length;
            if (next > budget)
            {
                break;
            }
            cut = next;
        }
        return stem[..cut] + extension;
    }
}
