using MedDoc.Evaluation.Gates;
using MedDoc.Evaluation.Metrics;
using static MedDoc.Evaluation.Tests.Fakes.Docs;

namespace MedDoc.Evaluation.Tests.Gates;

public sealed class GateTests
{
    // Accuracy 0.5, exact F1 0.5 (TP 1, FP 1, FN 1), category F1 0.5, evidence validity 1, clean FP rate 0.
    private static readonly EvaluationMetrics Metrics = MetricsCalculator.Compute(
    [
        DocumentScorer.Score(Doc("A", "X-RAY", ["I51.7", "J90"]), Answer("X-RAY", Code("I51.7"), Code("J18.9")), ScoringOptions.Default),
        DocumentScorer.Score(Doc("B", "CT", []), Answer("MRI"), ScoringOptions.Default),
    ], 1.0);

    [Fact]
    public void MetricsAtTheThresholdsPass() => Assert.True(Gate.Apply(Metrics, new Thresholds(0.5, 0.5)).Passed);

    [Fact]
    public void AccuracyBelowThresholdFails()
    {
        var gate = Gate.Apply(Metrics, new Thresholds(0.51, 0.5));
        Assert.False(gate.Passed);
        Assert.False(gate.Checks.Single(check => check.Metric == "accuracy").Passed);
        Assert.True(gate.Checks.Single(check => check.Metric == "f1").Passed);
    }

    [Fact]
    public void F1BelowThresholdFails() => Assert.False(Gate.Apply(Metrics, new Thresholds(0.5, 0.51)).Passed);

    [Fact]
    public void OptionalThresholdsAreCheckedOnlyWhenSet()
    {
        Assert.Equal(2, Gate.Apply(Metrics, new Thresholds(0, 0)).Checks.Count);
        Assert.Equal(5, Gate.Apply(Metrics, new Thresholds(0, 0, 0, 0, 0)).Checks.Count);
    }

    [Fact]
    public void CategoryF1AndEvidenceValidityAreMinimums()
    {
        Assert.False(Gate.Apply(Metrics, new Thresholds(0, 0, F1Category: 0.6)).Passed);
        Assert.True(Gate.Apply(Metrics, new Thresholds(0, 0, EvidenceValidity: 1.0)).Passed);
    }

    [Fact]
    public void CleanFpRateIsAMaximum()
    {
        var withFalsePositive = MetricsCalculator.Compute([DocumentScorer.Score(Doc("C", "CT", []), Answer("CT", Code("I51.7")), ScoringOptions.Default)], 1.0);
        var gate = Gate.Apply(withFalsePositive, new Thresholds(0, 0, CleanFpRate: 0.5));
        Assert.False(gate.Passed);
        Assert.True(gate.Checks.Single(check => check.Metric == "clean_fp_rate").IsMaximum);
        Assert.True(Gate.Apply(withFalsePositive, new Thresholds(0, 0, CleanFpRate: 1.0)).Passed);
    }
}
