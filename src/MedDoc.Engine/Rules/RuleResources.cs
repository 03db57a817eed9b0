using System.Reflection;
using System.Text.Json;

namespace MedDoc.Engine.Rules;

/// <summary>Reads the engine's rule files (embedded JSON, snake_case keys) once, at construction.</summary>
internal static class RuleResources
{
    private static readonly Assembly EngineAssembly = typeof(RuleResources).Assembly;

    // MSBuild's %(RecursiveDir) keeps the OS path separator in the logical name ("Rules.concepts/radiology.json"
    // on Linux), so names are compared with every separator folded to a dot.
    private static readonly Dictionary<string, string> ResourceNames = EngineAssembly.GetManifestResourceNames()
        .ToDictionary(Dotted, name => name, StringComparer.Ordinal);

    /// <summary>JSON options shared by every rule file: snake_case keys, comments and trailing commas allowed.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Deserializes the embedded file <c>Rules/{relativePath}</c> (e.g. "sections.json", "concepts/radiology.json").</summary>
    public static T Read<T>(string relativePath)
    {
        using var stream = Open(relativePath);
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidDataException($"Rule file {relativePath} is empty.");
    }

    /// <summary>Opens the embedded file <c>Rules/{relativePath}</c>.</summary>
    public static Stream Open(string relativePath)
    {
        var stream = ResourceNames.TryGetValue(Dotted("MedDoc.Engine.Rules." + relativePath), out var name)
            ? EngineAssembly.GetManifestResourceStream(name)
            : null;
        return stream
            ?? throw new InvalidDataException($"Rule file {relativePath} is not embedded in the engine.");
    }

    /// <summary>True when <c>Rules/{relativePath}</c> is embedded.</summary>
    public static bool Exists(string relativePath) => ResourceNames.ContainsKey(Dotted("MedDoc.Engine.Rules." + relativePath));

    /// <summary>Names (relative to Rules/) of the embedded files under <paramref name="folder"/> with <paramref name="extension"/>.</summary>
    public static IReadOnlyList<string> List(string folder, string extension)
    {
        var prefix = Dotted("MedDoc.Engine.Rules." + folder + ".");
        return ResourceNames.Keys
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(extension, StringComparison.Ordinal))
            .Select(name => folder + "/" + name[prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Every embedded rule file, relative to Rules/ with dots for folders ("concepts.radiology.json").</summary>
    public static IReadOnlyList<string> All { get; } = ResourceNames.Keys
        .Where(name => name.StartsWith("MedDoc.Engine.Rules.", StringComparison.Ordinal))
        .Select(name => name["MedDoc.Engine.Rules.".Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static string Dotted(string name) => name.Replace('/', '.').Replace('\\', '.');
}
