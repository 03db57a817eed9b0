using System.IO.Compression;
using System.Text.Json;

namespace MedDoc.Engine.Tests.RealData;

/// <summary>
/// The coding labels of the real dev splits (../shared/data/real, scoring rules in its README): TCGA pathology reports
/// with the ICD-10-CM categories of their primary site, CodiEsp case reports with the codes professional coders assigned.
/// </summary>
public static class CodingSets
{
    /// <summary>TCGA reports with their site categories ("C34"), or null when the file is missing.</summary>
    public static IReadOnlyList<LabelledDocument>? Tcga() => Read("tcga", "site_categories");

    /// <summary>CodiEsp case reports with their expected codes ("I10", "E11.9"), or null when the file is missing.</summary>
    public static IReadOnlyList<LabelledDocument>? CodiEsp() => Read("codiesp", "expected_codes");

    private static IReadOnlyList<LabelledDocument>? Read(string name, string labels)
    {
        var path = SharedDataLocator.Find($"real/{name}_dev.jsonl.gz");
        if (path is null)
        {
            return null;
        }
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var documents = new List<LabelledDocument>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            documents.Add(new LabelledDocument(
                root.GetProperty("id").GetString()!,
                root.GetProperty("document_text").GetString()!,
                root.GetProperty(labels).EnumerateArray().Select(label => Engine.Coding.IcdCatalog.WithDot(label.GetString()!)).ToArray()));
        }
        return documents;
    }
}

/// <summary>One real document and its labels (codes or categories, in tabular form).</summary>
public sealed record LabelledDocument(string Id, string Text, IReadOnlyList<string> Labels);
