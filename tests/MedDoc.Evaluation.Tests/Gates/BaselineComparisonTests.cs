using MedDoc.Evaluation.Gates;
using MedDoc.Evaluation.Metrics;
using static MedDoc.Evaluation.Tests.Fakes.Docs;

namespace MedDoc.Evaluation.Tests.Gates;

public sealed class BaselineComparisonTests
{
    // Current run: A perfect (X-RAY, I51.7); B wrong type and a missed code. Accuracy 0.5, F1 2/3.
    private static readonly DocumentResult[] Current =
    [
        DocumentScorer.Score(Doc("A", "X-RAY", ["I51.7"]), Answer("X-RAY", Code("I51.7")), ScoringOptions.Default),
        DocumentScorer.Score(Doc("B", "CT", ["J90"]), Answer("MRI"), ScoringOptions.Default),
    ];

    private static readonly EvaluationMetrics Metrics = MetricsCalculator.Compute(Current, 1.0);

    private static BaselineReport Baseline(double accuracy, double f1, params BaselineDocument[] documents) => new("base/report.json", accuracy, f1, documents);

    [Fact]
    public void DropBeyondToleranceFailsAndSaysWhich()
    {
        var result = BaselineComparison.Compare(Metrics, Current, Baseline(1.0, 2.0 / 3.0));
        Assert.False(result.Passed);
        Assert.Equal(["accuracy dropped from 1.000 to 0.500 (tolerance 0.010)"], result.Reasons);
    }

    [Fact]
    public void F1DropBeyondToleranceFails()
    {
        var result = BaselineComparison.Compare(Metrics, Current, Baseline(0.5, 0.7));
        Assert.False(result.Passed);
        Assert.Single(result.Reasons, reason => reason.StartsWith("f1 dropped", StringComparison.Ordinal));
    }

    [Fact]
    public void DropWithinToleranceIsNotARegression() =>
        Assert.True(BaselineComparison.Compare(Metrics, Current, Baseline(0.51, 2.0 / 3.0 + 0.01)).Passed);

    [Fact]
    public void ImprovementIsNotARegression() => Assert.True(BaselineComparison.Compare(Metrics, Current, Baseline(0.0, 0.0)).Passed);

    [Fact]
    public void ToleranceIsConfigurable() => Assert.True(BaselineComparison.Compare(Metrics, Current, Baseline(1.0, 1.0), tolerance: 0.5).Passed);

    [Fact]
    public void ChangedDocumentsAreNamedWithDirection()
    {
        var result = BaselineComparison.Compare(Metrics, Current, Baseline(0.5, 0.5,
            new BaselineDocument("A", "X-RAY", ["I51.7", "J90"], false),
            new BaselineDocument("B", "CT", ["J90"], true)));
        Assert.Equal(2, result.ChangedDocuments.Count);
        var a = result.ChangedDocuments.Single(document => document.Id == "A");
        Assert.Equal("improved", a.Direction);
        Assert.Equal(["I51.7", "J90"], a.BaselineCodes);
        Assert.Equal(["I51.7"], a.CurrentCodes);
        var b = result.ChangedDocuments.Single(document => document.Id == "B");
        Assert.Equal("regressed", b.Direction);
        Assert.Equal(("CT", "MRI"), (b.BaselineType, b.CurrentType));
    }

    [Fact]
    public void UnchangedDocumentsAreNotListed() =>
        Assert.Empty(BaselineComparison.Compare(Metrics, Current, Baseline(0.5, 0.5, new BaselineDocument("A", "X-RAY", ["i51.7"], true))).ChangedDocuments);

    [Fact]
    public void UnreadableBaselineNamesTheFile()
    {
        var path = Path.Combine(TestPaths.TempDirectory(), "report.json");
        File.WriteAllText(path, """{"metrics": {}}""");
        Assert.StartsWith($"{path}: not a report.json of this harness", Assert.Throws<EvaluationInputException>(() => BaselineComparison.Read(path)).Message);
    }
}
