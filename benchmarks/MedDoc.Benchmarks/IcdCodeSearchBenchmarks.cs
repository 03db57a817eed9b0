using BenchmarkDotNet.Attributes;
using MedDoc.Engine.Coding;

namespace MedDoc.Benchmarks;

/// <summary>
/// GET /api/codes's search on the full FY2026 code set (98,186 entries): typical type-ahead queries,
/// including the slowest kind (a one- or two-letter word prefix that matches tens of thousands of titles).
/// Run: dotnet run -c Release --project benchmarks/MedDoc.Benchmarks -- --filter '*IcdCodeSearch*'
/// (MEDDOC_ICD10_ORDER_FILE names another order file).
/// </summary>
[MemoryDiagnoser]
public class IcdCodeSearchBenchmarks
{
    private IcdCatalog _catalog = null!;
    private IcdCodeSearch _search = null!;

    [Params("E11.2", "e1", "cardiomegaly", "diab kid", "type 2 diabetes mellitus with", "c", "fracture of left femur", "S72 left")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _catalog = IcdCatalog.Load(BenchmarkData.FindOrderFile()
            ?? throw new InvalidOperationException("icd10cm_order_2026.txt.gz not found: set MEDDOC_ICD10_ORDER_FILE."));
        _search = new IcdCodeSearch(_catalog);
    }

    [Benchmark]
    public int Search() => _search.Search(Query, IcdCodeSearch.MaxResults).Count;
}
