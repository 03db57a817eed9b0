using System.IO.Compression;
using System.Text.Json;

namespace MedDoc.Engine.Tests.RealData;

/// <summary>Reads the real dev splits (gzip JSON Lines under ../shared/data/real; never copied into the repository).</summary>
public static class RealDocuments
{
    /// <summary>The documents of <c>real/{name}_dev.jsonl.gz</c> ("mts", "tcga"), or null when the file is missing.</summary>
    public static IReadOnlyList<RealDocument>? ReadDev(string name)
    {
        var path = SharedDataLocator.Find($"real/{name}_dev.jsonl.gz");
        if (path is null)
        {
            return null;
        }
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var documents = new List<RealDocument>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            documents.Add(new RealDocument(
                root.GetProperty("id").GetString()!,
                root.GetProperty("document_text").GetString()!,
                root.GetProperty("expected_type").GetString()!));
        }
        return documents;
    }
}
