using System.Text.Json;

namespace MedDoc.Engine.Rules;

/// <summary>
/// Every ICD-10-CM code a rule file can make the engine emit: the code-shaped strings in fields named
/// <c>code</c>, <c>codes</c>, <c>replaces</c>, <c>supersedes</c> or ending in <c>_code</c>/<c>_codes</c>.
/// Example: { "code": "E11.22", "replaces": ["E11.9"] } → E11.22, E11.9; a LOINC "718-7" is ignored.
/// </summary>
internal static class RuleCodes
{
    /// <summary>Codes named by every embedded rule file, written with their dot.</summary>
    public static IReadOnlySet<string> Embedded()
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in RuleResources.All.Where(name => name.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = RuleResources.Open(name);
            codes.UnionWith(FromJson(stream));
        }
        return codes;
    }

    /// <summary>Codes named by one rule file.</summary>
    public static IReadOnlySet<string> FromJson(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        Collect(document.RootElement, inCodeField: false, codes);
        return codes;
    }

    /// <summary>True for strings shaped like an ICD-10-CM code, with or without dot: "J90", "E11.22", "M80.08XA".</summary>
    public static bool LooksLikeCode(string value)
    {
        var key = value.Replace(".", "", StringComparison.Ordinal);
        return key.Length is >= 3 and <= 7
            && char.IsAsciiLetterUpper(key[0])
            && char.IsAsciiDigit(key[1])
            && key.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            && (value.IndexOf('.') is -1 or 3)
            && value.Count(c => c == '.') <= 1;
    }

    private static void Collect(JsonElement element, bool inCodeField, SortedSet<string> codes)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, IsCodeField(property.Name), codes);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, inCodeField, codes);
                }
                break;
            case JsonValueKind.String when inCodeField && LooksLikeCode(element.GetString()!):
                codes.Add(Coding.IcdCatalog.WithDot(element.GetString()!));
                break;
        }
    }

    private static bool IsCodeField(string name) =>
        name is "code" or "codes" or "replaces" or "supersedes"
        || name.EndsWith("_code", StringComparison.Ordinal)
        || name.EndsWith("_codes", StringComparison.Ordinal);
}
