using MedDoc.Api.Contracts;
using MedDoc.Api.Evaluation;

namespace MedDoc.Api.Tests.Evaluation;

public sealed class QuickMetricsTests
{
    private static readonly EvalThresholds Thresholds = new(0.75, 0.65);

    private static (QuickExample, QuickPrediction) Pair(string expectedType, string[] expectedCodes, string predictedType, string[] predictedCodes) =>
        (new QuickExample("x", "text", expectedType, expectedCodes), new QuickPrediction(predictedType, predictedCodes));

    [Fact]
    public void HandWorkedExampleGivesExactMetrics()
    {
        // tp: E11.9 (1) + I51.7 (1) = 2; predicted 4; expected 3 → P 0.5, R 0.6667, F1 0.5714; 2 of 3 types right.
        var report = QuickMetrics.Score("hand", [
            Pair("CLINICAL NOTE", ["E11.9", "I10"], "CLINICAL NOTE", ["E11.9", "J18.9"]),
            Pair("X-RAY", ["I51.7"], "x-ray", ["I51.7", "J90"]),
            Pair("CT", [], "MRI", []),
        ], Thresholds);

        Assert.Equal(new ClassificationMetrics(0.6667, 2, 3), report.Classification);
        Assert.Equal(new CodeMetrics(0.5, 0.6667, 0.5714), report.Codes);
        Assert.False(report.Passed);
        Assert.Equal(3, report.NumExamples);
    }

    [Fact]
    public void PerfectAnswersPass()
    {
        var report = QuickMetrics.Score("hand", [Pair("X-RAY", ["J90"], "X-RAY", ["J90"]), Pair("CT", [], "CT", [])], Thresholds);

        Assert.Equal(new CodeMetrics(1, 1, 1), report.Codes);
        Assert.True(report.Passed);
    }

    [Fact]
    public void NoPredictionsAgainstExpectedCodesScoreZero()
    {
        var report = QuickMetrics.Score("hand", [Pair("X-RAY", ["J90"], "X-RAY", [])], Thresholds);

        Assert.Equal(new CodeMetrics(0, 0, 0), report.Codes);
        Assert.False(report.Passed);
    }
}
