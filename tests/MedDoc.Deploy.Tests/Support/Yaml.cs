using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests.Support;

/// <summary>Parses YAML text into mapping nodes (one per document).</summary>
public static class Yaml
{
    public static IReadOnlyList<YamlMappingNode> Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static YamlMappingNode Document(string text) => Documents(text).Single();

    public static YamlMappingNode File(params string[] repoPath) => Document(Repo.Read(repoPath));
}
