using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MedDoc.Engine;

namespace MedDoc.Benchmarks;

/// <summary>
/// <c>dotnet MedDoc.Benchmarks.dll output-digest SET [file]</c> (SET: iu, mts, tcga, codiesp): the engine's complete
/// output on every document of the set (type, confidence, rationale, sections, labs, findings, codes with evidence spans,
/// summary) as one JSON line per document, and its SHA-256. A speed change that must not change results is checked by
/// comparing the digest before and after; the optional file holds the lines, so that a difference can be read with diff.
/// </summary>
public static class OutputDigestProbe
{
    /// <summary>Prints the digest of <paramref name="set"/>'s output; writes the lines to <paramref name="file"/> when given.</summary>
    public static int Run(string set, string? file)
    {
        var engine = new ClinicalEngine();
        var builder = new StringBuilder();
        foreach (var document in CpuPerDocumentProbe.Read(set))
        {
            builder.Append(JsonSerializer.Serialize(engine.Analyze(document))).Append('\n');
        }
        var lines = builder.ToString();
        if (file is not null)
        {
            File.WriteAllText(file, lines);
        }
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines)));
        Console.WriteLine($"{set}: {lines.Count(c => c == '\n')} documents, output SHA-256 {digest}");
        return 0;
    }
}
