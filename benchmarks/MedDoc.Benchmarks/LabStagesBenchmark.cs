using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MedDoc.Engine;
using MedDoc.Engine.Classification;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Summaries;

using MedDoc.Engine.Text;

namespace MedDoc.Benchmarks;

/// <summary>
/// Time and allocations of the labs, lab coding, classification and summary stages: per IU chest X-ray report
/// (dev split) and per synthetic 40-line lab report. Class is unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class LabStagesBenchmark
{
    private const int LabReportLines = 40;

    private readonly LabValueParser _parser = new();
    private readonly LabCoder _labCoder = new(IcdCatalog.Embedded);
    private readonly DocumentClassifier _classifier = new();
    private readonly DocumentSummarizer _summarizer = new();
    private readonly HashSet<string> _noDocumentedCodes = new(StringComparer.Ordinal);
    private string[] _reports = [];
    private string _labReport = string.Empty;

    /// <summary>Loads the IU report texts and builds the synthetic lab report once.</summary>
    [GlobalSetup]
    public void Load()
    {
        var path = BenchmarkData.FindIuDev()
            ?? throw new FileNotFoundException("iu-cxr dev.jsonl not found; set MEDDOC_IU_DEV.");
        _reports = File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("document_text").GetString() ?? string.Empty)
            .ToArray();
        string[] rows =
        [
            "WBC             11.8      H      x10^3/uL     4.0-11.0",
            "Hemoglobin      10.9      L      g/dL         12.0-16.0",
            "Platelets       402       H      x10^3/uL     150-400",
            "Sodium          132   L   mmol/L   136-145",
            "Potassium       4.4       mmol/L   3.5-5.1",
            "Creatinine      1.1       mg/dL    0.6-1.3",
            "ALT (SGPT)  72  U/L  7-56  H",
            "LDL Cholesterol Calc   151   H   mg/dL   0-99",
        ];
        _labReport = "LAB REPORT\n" + string.Join('\n', Enumerable.Range(0, LabReportLines).Select(i => rows[i % rows.Length]));
    }

    /// <summary>Labs, lab codes, classification and summary of every IU report; the mean is per report.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int IuReportLabStages()
    {
        var total = 0;
        foreach (var report in _reports)
        {
            total += RunStages(report);
        }
        return total;
    }

    /// <summary>The same stages on one 40-line lab report.</summary>
    [Benchmark]
    public int LabReportLabStages() => RunStages(_labReport);

    private int RunStages(string text)
    {
        var document = TextModel.Read(text);
        var labs = _parser.Parse(document);
        var codes = _labCoder.Code(labs, _noDocumentedCodes);
        var type = _classifier.Classify(document, labs);
        var summary = _summarizer.Summarize(document, labs, []);
        return labs.Count + codes.Count + (int)type.Type + summary.Text.Length;
    }
}
