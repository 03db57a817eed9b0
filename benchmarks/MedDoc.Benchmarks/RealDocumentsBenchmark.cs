using System.IO.Compression;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MedDoc.Engine;

namespace MedDoc.Benchmarks;

/// <summary>
/// Mean time and allocations per real document through the whole engine: 490 MTSamples transcriptions (notes, discharge
/// summaries, imaging reports), the first 490 TCGA pathology reports (OCR text) and the first 490 CodiEsp clinical case
/// reports (issue #16's target: at most 1 ms each), read from ../shared/data/real.
/// Class is unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class RealDocumentsBenchmark
{
    private const int DocumentsPerSet = 490;

    private readonly ClinicalEngine _engine = new();
    private string[] _documents = [];

    /// <summary>The corpus: "mts", "tcga" or "codiesp".</summary>
    [Params("mts", "tcga", "codiesp")]
    public string Corpus { get; set; } = "mts";

    /// <summary>Loads the document texts once.</summary>
    [GlobalSetup]
    public void LoadDocuments()
    {
        var path = BenchmarkData.FindShared(Path.Combine("real", $"{Corpus}_dev.jsonl.gz"))
            ?? throw new FileNotFoundException($"real/{Corpus}_dev.jsonl.gz not found under shared/data.");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var documents = new List<string>();
        while (documents.Count < DocumentsPerSet && reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            documents.Add(json.RootElement.GetProperty("document_text").GetString() ?? string.Empty);
        }
        if (documents.Count != DocumentsPerSet)
        {
            throw new InvalidDataException($"Expected {DocumentsPerSet} documents in {path}, found {documents.Count}.");
        }
        _documents = [.. documents];
    }

    /// <summary>Analyses every document; BenchmarkDotNet divides by the document count, so the mean is per document.</summary>
    [Benchmark(OperationsPerInvoke = DocumentsPerSet)]
    public int AnalyzeOneDocument()
    {
        var codes = 0;
        foreach (var document in _documents)
        {
            codes += _engine.Analyze(document).Codes.Count;
        }
        return codes;
    }
}
