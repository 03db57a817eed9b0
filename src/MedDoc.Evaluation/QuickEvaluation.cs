using System.Reflection;
using MedDoc.Engine;
using MedDoc.Evaluation.Datasets;
using MedDoc.Evaluation.Gates;
using MedDoc.Evaluation.Reports;
using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation;

/// <summary>
/// The answer of <c>GET /api/eval/quick</c> (API.md): metrics of the built-in quick_v1 dataset
/// against the thresholds of evals/thresholds.json, both embedded in this assembly. Beyond the contract's
/// fields it names the documents that were not answered perfectly, and why.
/// </summary>
public sealed record QuickEvaluation(
    string Dataset,
    int NumExamples,
    QuickClassification Classification,
    QuickCodes Codes,
    bool Passed,
    QuickThresholds Thresholds,
    IReadOnlyList<FailedDocument>? FailedDocuments = null)
{
    private const string DatasetResource = "MedDoc.Evaluation.quick_v1.json";
    private const string ThresholdsResource = "MedDoc.Evaluation.thresholds.json";

    /// <summary>The embedded quick_v1 dataset (20 synthetic documents).</summary>
    public static IReadOnlyList<EvalDocument> EmbeddedDataset() =>
        DatasetReader.Parse(ReadResource(DatasetResource), "quick_v1.json (embedded)");

    /// <summary>The embedded copy of evals/thresholds.json.</summary>
    public static Thresholds EmbeddedThresholds() =>
        ThresholdsReader.Parse(System.Text.Encoding.UTF8.GetString(ReadResource(ThresholdsResource)), "thresholds.json (embedded)");

    /// <summary>Runs quick_v1 through <paramref name="service"/> in-process and applies the gate.</summary>
    public static async Task<QuickEvaluation> RunAsync(IAnalysisService service, CancellationToken cancellationToken)
    {
        var documents = EmbeddedDataset();
        var thresholds = EmbeddedThresholds();
        var outcome = await EvaluationRunner.RunAsync(documents, new InProcessEvaluator(service), EvaluationOptions.Default, null, cancellationToken);
        return From("quick_v1", outcome, thresholds);
    }

    /// <summary>The quick shape of any run.</summary>
    public static QuickEvaluation From(string dataset, EvaluationOutcome outcome, Thresholds thresholds)
    {
        var metrics = outcome.Metrics;
        var gate = Gate.Apply(metrics, thresholds);
        return new QuickEvaluation(
            dataset,
            metrics.NumExamples,
            new QuickClassification(
                metrics.Classification.Accuracy,
                metrics.Classification.Correct,
                metrics.Classification.Total,
                metrics.Classification.PerLabel,
                metrics.Classification.Confusion),
            new QuickCodes(metrics.Codes.Exact.Precision, metrics.Codes.Exact.Recall, metrics.Codes.Exact.F1),
            gate.Passed,
            new QuickThresholds(thresholds.Accuracy, thresholds.F1),
            outcome.FailedDocuments());
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from MedDoc.Evaluation");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
