using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests.Support;

/// <summary>Dotted-path navigation over parsed YAML ("spec.template.spec").</summary>
public static class YamlNodeExtensions
{
    public static YamlNode? Get(this YamlNode node, string path)
    {
        YamlNode? current = node;
        foreach (var key in path.Split('.'))
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out current))
            {
                return null;
            }
        }

        return current;
    }

    public static string? Str(this YamlNode node, string path) => (node.Get(path) as YamlScalarNode)?.Value;

    public static int? Int(this YamlNode node, string path) =>
        int.TryParse(node.Str(path), out var value) ? value : null;

    public static IReadOnlyList<YamlNode> Seq(this YamlNode node, string path) =>
        (node.Get(path) as YamlSequenceNode)?.Children.ToList() ?? [];

    public static IReadOnlyDictionary<string, YamlNode> Map(this YamlNode node, string path) =>
        (node.Get(path) as YamlMappingNode)?.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => kv.Value)
        ?? new Dictionary<string, YamlNode>();

    public static IReadOnlyDictionary<string, string> StringMap(this YamlNode node, string path) =>
        node.Map(path).ToDictionary(kv => kv.Key, kv => (kv.Value as YamlScalarNode)?.Value ?? "");

    /// <summary>Every scalar value anywhere below the node.</summary>
    public static IEnumerable<string> Scalars(this YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value is null ? [] : [scalar.Value],
        YamlSequenceNode seq => seq.Children.SelectMany(Scalars),
        YamlMappingNode map => map.Children.SelectMany(kv => kv.Key.Scalars().Concat(kv.Value.Scalars())),
        _ => [],
    };
}
