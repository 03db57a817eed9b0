using BenchmarkDotNet.Attributes;
using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Rules;

namespace MedDoc.Benchmarks;

/// <summary>
/// Where the engine's start-up goes, step by step and warm (JIT done): reading the embedded ICD-10-CM terminology
/// (Rules/icd10cm_terminology.tsv.gz), building the title and inclusion-term pattern index from it
/// (<see cref="TerminologyIndex"/>), and constructing <see cref="ClinicalEngine"/> once both exist. The cold start a
/// user sees (JIT, runtime start, working set) is measured in fresh processes by <see cref="StartupProbe"/>.
/// Class is unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class EngineStartupBenchmark
{
    private IcdTerminology _terminology = null!;

    /// <summary>Reads the terminology once for the steps that start from it.</summary>
    [GlobalSetup]
    public void ReadOnce()
    {
        _terminology = ReadTerminology();
        _ = TerminologyIndex.For(_terminology);
    }

    /// <summary>Decompresses and parses the embedded terminology table.</summary>
    [Benchmark]
    public IcdTerminology ReadTerminology()
    {
        using var stream = RuleResources.Open(IcdTerminology.EmbeddedTableName);
        return IcdTerminology.Read(stream, IcdTerminology.EmbeddedTableName);
    }

    /// <summary>Writes and compiles every title and inclusion-term pattern of the terminology.</summary>
    [Benchmark]
    public int BuildTerminologyIndex() => TerminologyIndex.Build(_terminology).Count;

    /// <summary>The rest of the engine (rules, lexicon, neoplasm index) around a terminology whose index is built.</summary>
    [Benchmark]
    public ClinicalEngine ConstructEngine() => new(_terminology);
}
