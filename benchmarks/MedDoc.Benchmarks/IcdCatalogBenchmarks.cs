using BenchmarkDotNet.Attributes;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Rules;

namespace MedDoc.Benchmarks;

/// <summary>
/// Reading the embedded FY2026 terminology (the engine's start-up cost), loading a CMS order file (98,186 codes, gzip)
/// and looking codes up. The order file is MEDDOC_ICD10_ORDER_FILE or ../shared/data/icd10cm/icd10cm_order_2026.txt.gz.
/// Run: dotnet run -c Release --project benchmarks/MedDoc.Benchmarks -- --filter '*IcdCatalog*'
/// </summary>
[MemoryDiagnoser]
public class IcdCatalogBenchmarks
{
    private string _orderFile = "";
    private IcdCatalog _official = null!;

    [GlobalSetup]
    public void Setup()
    {
        _orderFile = Environment.GetEnvironmentVariable("MEDDOC_ICD10_ORDER_FILE") ?? FindSharedOrderFile()
            ?? throw new InvalidOperationException("Set MEDDOC_ICD10_ORDER_FILE to a CMS order file.");
        _official = IcdCatalog.Load(_orderFile);
    }

    [Benchmark]
    public int ReadEmbeddedTerminology()
    {
        using var stream = RuleResources.Open(IcdTerminology.EmbeddedTableName);
        return IcdTerminology.Read(stream, IcdTerminology.EmbeddedTableName).Catalog.Count;
    }

    [Benchmark]
    public int LoadOrderFile() => IcdCatalog.Load(_orderFile).Count;

    [Benchmark]
    public bool FindWithoutDot() => _official.Find("e1122")?.Billable ?? false;

    [Benchmark]
    public int EmbeddedChildren() => IcdCatalog.Embedded.Children("N18.3").Count;

    private static string? FindSharedOrderFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "icd10cm", "icd10cm_order_2026.txt.gz");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
