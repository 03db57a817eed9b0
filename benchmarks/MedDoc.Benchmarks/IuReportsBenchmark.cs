using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MedDoc.Engine;

namespace MedDoc.Benchmarks;

/// <summary>
/// Mean time and allocations per IU chest X-ray report (dev split) through the whole engine. The file comes
/// from env MEDDOC_IU_DEV or ../shared/data/iu-cxr/dev.jsonl above the working folder.
/// Class is unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class IuReportsBenchmark
{
    private readonly ClinicalEngine _engine = new();
    private string[] _reports = [];

    /// <summary>Loads the report texts once.</summary>
    [GlobalSetup]
    public void LoadReports()
    {
        var path = BenchmarkData.FindIuDev()
            ?? throw new FileNotFoundException("iu-cxr dev.jsonl not found; set MEDDOC_IU_DEV.");
        _reports = File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("document_text").GetString() ?? string.Empty)
            .ToArray();
        if (_reports.Length != BenchmarkData.IuDevReports)
        {
            throw new InvalidDataException($"Expected {BenchmarkData.IuDevReports} reports, found {_reports.Length}.");
        }
    }

    /// <summary>Analyses every report; BenchmarkDotNet divides by the report count, so the mean is per report.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int AnalyzeOneReport()
    {
        var codes = 0;
        foreach (var report in _reports)
        {
            codes += _engine.Analyze(report).Codes.Count;
        }
        return codes;
    }
}
