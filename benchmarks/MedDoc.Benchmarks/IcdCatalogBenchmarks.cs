using BenchmarkDotNet.Attributes;
using MedDoc.Engine.Coding;

namespace MedDoc.Benchmarks;

/// <summary>
/// Loading the full CMS order file (95,358 codes, gzip) and looking codes up in it.
/// Run: MEDDOC_ICD10_ORDER_FILE=../shared/data/icd10cm/icd10cm-order-2021-jan.txt.gz
///      dotnet run -c Release --project benchmarks/MedDoc.Benchmarks -- --filter '*IcdCatalog*'
/// </summary>
[MemoryDiagnoser]
public class IcdCatalogBenchmarks
{
    private string _orderFile = "";
    private IcdCatalog _official = null!;

    [GlobalSetup]
    public void Setup()
    {
        _orderFile = Environment.GetEnvironmentVariable("MEDDOC_ICD10_ORDER_FILE")
            ?? throw new InvalidOperationException("Set MEDDOC_ICD10_ORDER_FILE to the CMS order file.");
        _official = IcdCatalog.Load(_orderFile);
    }

    [Benchmark]
    public int LoadOrderFile() => IcdCatalog.Load(_orderFile).Count;

    [Benchmark]
    public bool FindWithoutDot() => _official.Find("e1122")?.Billable ?? false;

    [Benchmark]
    public int EmbeddedChildren() => IcdCatalog.Embedded.Children("N18.3").Count;
}
