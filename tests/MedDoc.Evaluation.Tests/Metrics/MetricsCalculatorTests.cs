using MedDoc.Evaluation.Metrics;
using MedDoc.Evaluation.Targets;
using static MedDoc.Evaluation.Tests.Fakes.Docs;

namespace MedDoc.Evaluation.Tests.Metrics;

/// <summary>
/// One hand-worked dataset of four documents (answers worked out on paper, see each assertion):
/// A X-RAY expects J90, I51.7 — answered X-RAY with J90, J18.9;
/// B X-RAY expects nothing, M47 acceptable — answered CT with M47.814;
/// C CT expects J81.1 — answered CT with J81.0 and I51.7 (the latter with a wrong span);
/// D CT expects nothing — its classify call failed (no type) while extract-codes returned I51.7.
/// </summary>
public sealed class MetricsCalculatorTests
{
    private static readonly DocumentResult[] Results =
    [
        DocumentScorer.Score(Doc("A", "X-RAY", ["J90", "I51.7"]), Answer("X-RAY", Code("J90", "pleural effusion"), Code("J18.9")), ScoringOptions.Default),
        DocumentScorer.Score(Doc("B", "X-RAY", [], ["M47"]), Answer("CT", Code("M47.814")), ScoringOptions.Default),
        DocumentScorer.Score(Doc("C", "CT", ["J81.1"]), Answer("CT", Code("J81.0"), BadSpan("I51.7")), ScoringOptions.Default),
        DocumentScorer.Score(Doc("D", "CT", []), new DocumentPrediction(null, [Code("I51.7")], 3.0, "classify: HTTP 500"), ScoringOptions.Default),
    ];

    private static readonly EvaluationMetrics Metrics = MetricsCalculator.Compute(Results, 2.0);

    [Fact]
    public void AccuracyCountsCorrectTypes()
    {
        Assert.Equal(0.5, Metrics.Classification.Accuracy);
        Assert.Equal(2, Metrics.Classification.Correct);
        Assert.Equal(4, Metrics.Classification.Total);
    }

    [Fact]
    public void PerLabelMetricsAreHandWorked()
    {
        var xray = Metrics.Classification.PerLabel.Single(label => label.Label == "X-RAY");
        Assert.Equal((1.0, 0.5), (xray.Precision, xray.Recall));
        Assert.Equal(2.0 / 3.0, xray.F1, 10);
        var ct = Metrics.Classification.PerLabel.Single(label => label.Label == "CT");
        Assert.Equal((0.5, 0.5, 0.5), (ct.Precision, ct.Recall, ct.F1));
        Assert.Equal(2, ct.Support);
    }

    [Fact]
    public void ConfusionMatrixCountsFailedCallsAsNone()
    {
        Assert.Equal(1, Metrics.Classification.Confusion["X-RAY"]["X-RAY"]);
        Assert.Equal(1, Metrics.Classification.Confusion["X-RAY"]["CT"]);
        Assert.Equal(1, Metrics.Classification.Confusion["CT"]["CT"]);
        Assert.Equal(1, Metrics.Classification.Confusion["CT"][MetricsCalculator.NoPrediction]);
    }

    [Fact]
    public void ExactMicroMetricsAreHandWorked()
    {
        var exact = Metrics.Codes.Exact;
        Assert.Equal((1, 4, 2), (exact.TruePositives, exact.FalsePositives, exact.FalseNegatives));
        Assert.Equal(0.2, exact.Precision, 10);
        Assert.Equal(1.0 / 3.0, exact.Recall, 10);
        Assert.Equal(0.25, exact.F1, 10);
    }

    [Fact]
    public void ExactMacroMetricsAverageOverCodes()
    {
        // J90 (1,1,1), J18.9 (0,1,0), I51.7 (0,0,0), J81.1 (1,0,0), J81.0 (0,1,0) as (P,R,F1).
        var exact = Metrics.Codes.Exact;
        Assert.Equal(5, exact.PerCode.Count);
        Assert.Equal(0.4, exact.MacroPrecision, 10);
        Assert.Equal(0.6, exact.MacroRecall, 10);
        Assert.Equal(0.2, exact.MacroF1, 10);
    }

    [Fact]
    public void CategoryMicroMetricsAreHandWorked()
    {
        var category = Metrics.Codes.Category;
        Assert.Equal((2, 3, 1), (category.TruePositives, category.FalsePositives, category.FalseNegatives));
        Assert.Equal(0.4, category.Precision, 10);
        Assert.Equal(2.0 / 3.0, category.Recall, 10);
        Assert.Equal(0.5, category.F1, 10);
    }

    [Fact]
    public void CleanFalsePositiveRateCountsOnlyNonAcceptableCodes()
    {
        Assert.Equal(2, Metrics.CleanDocuments);
        Assert.Equal(0.5, Metrics.CleanFpRate);
    }

    [Fact]
    public void EvidenceValidityIsShareOfReturnedCodes()
    {
        Assert.Equal(6, Metrics.CodesReturned);
        Assert.Equal(5.0 / 6.0, Metrics.EvidenceValidity, 10);
        Assert.Equal(["I51.7"], Results[2].InvalidEvidenceCodes);
    }

    [Fact]
    public void ErrorsAndThroughputAreCounted()
    {
        Assert.Equal(1, Metrics.Errors);
        Assert.Equal(2.0, Metrics.Latency.DocumentsPerSecond);
        Assert.Equal(1.0, Metrics.Latency.P50Ms);
        Assert.Equal(3.0, Metrics.Latency.P95Ms);
    }

    [Fact]
    public void FailureReasonsNameWhatWentWrong()
    {
        Assert.Contains("missed: I51.7", Results[0].FailureReasons);
        Assert.Contains("false positive: J18.9", Results[0].FailureReasons);
        Assert.Contains("type: expected X-RAY, got CT", Results[1].FailureReasons);
        Assert.DoesNotContain(Results[1].FailureReasons, reason => reason.StartsWith("false positive", StringComparison.Ordinal));
        Assert.Contains("invalid evidence: I51.7", Results[2].FailureReasons);
        Assert.Contains("error: classify: HTTP 500", Results[3].FailureReasons);
    }

    [Fact]
    public void EmptyRunHasPerfectVacuousScoresAndZeroRates()
    {
        var metrics = MetricsCalculator.Compute([], 0.0);
        Assert.Equal(0.0, metrics.Classification.Accuracy);
        Assert.Equal(1.0, metrics.Codes.Exact.F1);
        Assert.Equal(1.0, metrics.Codes.Exact.MacroF1);
        Assert.Equal(0.0, metrics.CleanFpRate);
        Assert.Equal(1.0, metrics.EvidenceValidity);
        Assert.Equal(0.0, metrics.Latency.DocumentsPerSecond);
        Assert.Null(metrics.NormalFpRate);
    }

    [Fact]
    public void NormalFpRateCountsAnyCodeOnNormalLabelledReports()
    {
        var normal = Doc("N", "X-RAY", [], ["R91.8"]) with { Labels = ["normal"] };
        var result = DocumentScorer.Score(normal, Answer("X-RAY", Code("R91.8")), ScoringOptions.Default);
        var metrics = MetricsCalculator.Compute([result], 1.0);
        Assert.Equal(1.0, metrics.NormalFpRate);
        Assert.Equal(0.0, metrics.CleanFpRate);
    }

    [Theory]
    [InlineData(0.50, 2.0)]
    [InlineData(0.95, 4.0)]
    [InlineData(0.01, 1.0)]
    public void PercentileIsNearestRank(double fraction, double expected) =>
        Assert.Equal(expected, MetricsCalculator.Percentile([1.0, 2.0, 3.0, 4.0], fraction));
}
