using System.Text.Json;
using MedDoc.Evaluation.Gates;
using MedDoc.Evaluation.Metrics;
using MedDoc.Evaluation.Reports;
using static MedDoc.Evaluation.Tests.Fakes.Docs;

namespace MedDoc.Evaluation.Tests;

public sealed class QuickEvaluationTests
{
    private static QuickEvaluation Quick()
    {
        var results = new[]
        {
            DocumentScorer.Score(Doc("A", "X-RAY", ["I51.7"]), Answer("X-RAY", Code("I51.7"), Code("J18.9")), ScoringOptions.Default),
            DocumentScorer.Score(Doc("B", "CT", []), Answer("CT"), ScoringOptions.Default),
        };
        return QuickEvaluation.From("quick_v1", new EvaluationOutcome("in-process", MetricsCalculator.Compute(results, 1.0), results), new Thresholds(0.75, 0.65));
    }

    [Fact]
    public void QuickShapeCarriesHeadlineMetricsAndVerdict()
    {
        var quick = Quick();
        Assert.Equal((1.0, 2, 2), (quick.Classification.Accuracy, quick.Classification.Correct, quick.Classification.Total));
        Assert.Equal(2, quick.Classification.PerLabel!.Sum(label => label.Support));
        Assert.DoesNotContain(quick.FailedDocuments!, failure => failure.Reasons.Any(reason => reason.StartsWith("type", StringComparison.Ordinal)));
        Assert.Equal(new QuickCodes(0.5, 1.0, 2.0 / 3.0), quick.Codes);
        Assert.True(quick.Passed);
        Assert.Equal(new QuickThresholds(0.75, 0.65), quick.Thresholds);
    }

    [Fact]
    public void QuickJsonHasTheContractsFieldNames()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(Quick(), ReportJson.Options));
        var root = json.RootElement;
        // The contract's fields first, then the details the UI draws (per-label metrics, confusion, failures).
        Assert.Equal(["dataset", "num_examples", "classification", "codes", "passed", "thresholds", "failed_documents"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["accuracy", "correct", "total", "per_label", "confusion"], root.GetProperty("classification").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["precision", "recall", "f1"], root.GetProperty("codes").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["accuracy", "f1"], root.GetProperty("thresholds").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("num_examples").GetInt32());
    }

    [Fact]
    public void EmbeddedQuickDatasetHasTwentyDocuments() => Assert.Equal(20, QuickEvaluation.EmbeddedDataset().Count);
}
