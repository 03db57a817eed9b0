using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MedDoc.Cli;
using MedDoc.Cli.Batches;
using MedDoc.Engine;

namespace MedDoc.Benchmarks;

/// <summary>
/// <c>meddoc batch DIR</c> without an API (<see cref="LocalBatchRunner"/>, the path the command takes): the 1,864 IU
/// dev reports as .txt files in a temporary folder, read, analysed and written as JSON Lines (to a null stream) at
/// <see cref="Concurrency"/> documents at a time. The mean is per document; the Docs/s column is its inverse (issue
/// #11's target: at least 2,000 documents/s on 2 cores). Class is unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(DocumentsPerSecondConfig))]
public class LocalBatchBenchmark
{
    private string _folder = string.Empty;
    private BatchInput? _input;
    private IAnalysisService? _analyser;

    /// <summary>Documents analysed at a time (meddoc batch --concurrency).</summary>
    [Params(1, 2)]
    public int Concurrency { get; set; }

    /// <summary>Writes the reports as files once and builds the analysis service the command builds.</summary>
    [GlobalSetup]
    public void WriteReports()
    {
        var path = BenchmarkData.FindIuDev()
            ?? throw new FileNotFoundException("iu-cxr dev.jsonl not found; set MEDDOC_IU_DEV.");
        _folder = Directory.CreateTempSubdirectory("meddoc-batch-bench-").FullName;
        var index = 0;
        foreach (var line in File.ReadLines(path).Where(line => line.Length > 0))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("document_text").GetString() ?? string.Empty;
            File.WriteAllText(Path.Combine(_folder, $"report-{index++:D4}.txt"), text);
        }
        _input = BatchInput.Read(_folder, "iu-dev");
        if (_input.RelativePaths.Count != BenchmarkData.IuDevReports)
        {
            throw new InvalidDataException($"Expected {BenchmarkData.IuDevReports} reports, found {_input.RelativePaths.Count}.");
        }
        _analyser = CliComposition.CreateAnalysisService(_ => null);
    }

    /// <summary>Removes the temporary folder.</summary>
    [GlobalCleanup]
    public void RemoveReports() => Directory.Delete(_folder, recursive: true);

    /// <summary>The whole batch; BenchmarkDotNet divides by the report count, so the mean is per document.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public async Task<int> BatchOfIuReports()
    {
        var progress = new BatchProgress(TextWriter.Null, _input!.RelativePaths.Count, TimeProvider.System);
        var summary = await new LocalBatchRunner(_analyser!, Concurrency).RunAsync(_input, Stream.Null, progress, CancellationToken.None);
        return summary.Failed == 0 ? summary.Done : throw new InvalidOperationException($"{summary.Failed} documents failed.");
    }
}
