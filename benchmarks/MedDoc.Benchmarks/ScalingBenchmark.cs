using System.Text;
using BenchmarkDotNet.Attributes;
using MedDoc.Engine;

namespace MedDoc.Benchmarks;

/// <summary>
/// Linear scaling on pathological input: one document of growing size in three shapes (repeated reports,
/// one huge negated list, one line without sentence ends). Time per character should stay flat as
/// <see cref="Characters"/> grows tenfold. Class is unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmark
{
    private readonly ClinicalEngine _engine = new();
    private string _text = string.Empty;

    /// <summary>Document size in characters.</summary>
    [Params(50_000, 500_000, 5_000_000)]
    public int Characters { get; set; }

    /// <summary>Shape of the document.</summary>
    [Params("reports", "list", "line")]
    public string Shape { get; set; } = "reports";

    /// <summary>Builds the document once per parameter set.</summary>
    [GlobalSetup]
    public void Build()
    {
        var unit = Shape switch
        {
            "reports" => "FINDINGS: Mild cardiomegaly. No pneumothorax or pleural effusion.\nIMPRESSION: Thoracic spondylosis.\n",
            "list" => ", pleural effusion",
            _ => "atelectasis ",
        };
        var builder = new StringBuilder(Characters + unit.Length);
        builder.Append(Shape == "list" ? "No pneumothorax" : string.Empty);
        while (builder.Length < Characters)
        {
            builder.Append(unit);
        }
        _text = builder.ToString();
    }

    /// <summary>One analysis of the whole document.</summary>
    [Benchmark]
    public int Analyze() => _engine.Analyze(_text).Findings.Count;
}
