using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MedDoc.Engine;
using MedDoc.Fhir;

namespace MedDoc.Benchmarks;

/// <summary>
/// Time and allocations of the FHIR export per document, on analyses computed once: building the bundle, and
/// building plus writing it as FHIR JSON. Over the IU dev reports (few codes, no labs) and over one synthetic
/// comprehensive metabolic panel (20 lab values, so 20 Observations). Class is unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class FhirBundleBenchmark
{
    private const string MetabolicPanel = """
        COMPREHENSIVE METABOLIC PANEL
        Sodium 131 mmol/L (135-145) L
        Potassium 5.6 mmol/L (3.5-5.1) H
        Chloride 101 mmol/L (98-107)
        CO2 24 mmol/L (22-29)
        BUN 28 mg/dL (7-20) H
        Creatinine 1.9 mg/dL (0.6-1.3) H
        Glucose 212 mg/dL (70-99) H
        Calcium 9.1 mg/dL (8.5-10.5)
        Albumin 3.1 g/dL (3.5-5.0) L
        Total Protein 6.4 g/dL (6.0-8.3)
        Alkaline Phosphatase 140 U/L (44-147)
        ALT 88 U/L (7-56) H
        AST 95 U/L (10-40) H
        Total Bilirubin 1.4 mg/dL (0.1-1.2) H
        eGFR 38 mL/min/1.73m2 (>60) L
        WBC 12.8 K/uL (4.5-11.0) H
        Hemoglobin 9.8 g/dL (13.5-17.5) L
        Platelets 98 K/uL (150-400) L
        TSH 6.2 mIU/L (0.4-4.0) H
        HbA1c 8.1 % (4.0-5.6) H
        """;

    private readonly FhirBundleBuilder _builder = new();
    private AnalysisExport[] _reports = [];
    private AnalysisExport _panel = null!;

    /// <summary>Loads the reports and analyses them once.</summary>
    [GlobalSetup]
    public void Prepare()
    {
        var engine = new ClinicalEngine();
        var path = BenchmarkData.FindIuDev() ?? throw new FileNotFoundException("iu-cxr dev.jsonl not found; set MEDDOC_IU_DEV.");
        _reports = File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("document_text").GetString() ?? string.Empty)
            .Select(text => Export(text, engine.Analyze(text)))
            .ToArray();
        _panel = Export(MetabolicPanel, engine.Analyze(MetabolicPanel));
    }

    /// <summary>The bundle of one IU report.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int BuildIuReport() => _reports.Sum(report => _builder.Build(report).Entry.Count);

    /// <summary>The bundle of one IU report, written as FHIR JSON.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int BuildAndWriteIuReport() => _reports.Sum(report => FhirJson.Serialize(_builder.Build(report)).Length);

    /// <summary>The bundle of the 20-value panel, written as FHIR JSON.</summary>
    [Benchmark]
    public int BuildAndWriteMetabolicPanel() => FhirJson.Serialize(_builder.Build(_panel)).Length;

    private static AnalysisExport Export(string text, AnalysisResult analysis) =>
        new(analysis, text,
            new ExportedDocument(Guid.NewGuid(), "report.txt", "text/plain", Encoding.UTF8.GetBytes(text), DateTimeOffset.UnixEpoch),
            DateTimeOffset.UnixEpoch);
}
