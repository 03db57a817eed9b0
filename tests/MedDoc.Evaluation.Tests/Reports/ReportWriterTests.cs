using System.Text.Json;
using MedDoc.Evaluation.Gates;
using MedDoc.Evaluation.Metrics;
using MedDoc.Evaluation.Reports;
using static MedDoc.Evaluation.Tests.Fakes.Docs;

namespace MedDoc.Evaluation.Tests.Reports;

public sealed class ReportWriterTests
{
    private static EvaluationReport Report(RegressionResult? regression = null)
    {
        var results = new[]
        {
            DocumentScorer.Score(Doc("A", "X-RAY", ["I51.7"]), Answer("X-RAY", Code("I51.7")), ScoringOptions.Default),
            DocumentScorer.Score(Doc("B", "CT", ["J90"]), Answer("MRI"), ScoringOptions.Default),
        };
        var outcome = new EvaluationOutcome("in-process", MetricsCalculator.Compute(results, 1.0), results);
        return EvaluationReport.Create(new DatasetInfo("tiny", "tiny.json", "abc123", 2), outcome, new Thresholds(0.75, 0.65), regression, "deadbeef", DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public async Task ReportJsonHasTheVersionedSchema()
    {
        var directory = TestPaths.TempDirectory();
        await ReportWriter.WriteAsync(Report(), directory, CancellationToken.None);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "report.json")));
        var root = json.RootElement;
        Assert.Equal(EvaluationInfo.ReportSchemaVersion, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("abc123", root.GetProperty("dataset").GetProperty("sha256").GetString());
        Assert.Equal("deadbeef", root.GetProperty("git_commit").GetString());
        Assert.Equal(Engine.EngineInfo.Version, root.GetProperty("engine_version").GetString());
        Assert.Equal(0.65, root.GetProperty("thresholds").GetProperty("f1").GetDouble());
        Assert.Equal(0.5, root.GetProperty("metrics").GetProperty("classification").GetProperty("accuracy").GetDouble());
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(2, root.GetProperty("documents").GetArrayLength());
        Assert.Equal("B", root.GetProperty("failed_documents")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task WrittenReportIsAReadableBaseline()
    {
        var directory = TestPaths.TempDirectory();
        var report = Report();
        await ReportWriter.WriteAsync(report, directory, CancellationToken.None);
        var baseline = BaselineComparison.Read(Path.Combine(directory, "report.json"));
        Assert.Equal(0.5, baseline.Accuracy);
        Assert.Equal(report.Metrics.Codes.Exact.F1, baseline.F1);
        Assert.Equal(["A", "B"], baseline.Documents.Select(document => document.Id));
        Assert.Empty(BaselineComparison.Compare(report.Metrics, report.Documents, baseline).ChangedDocuments);
    }

    [Fact]
    public void SummaryShowsVerdictGateAndFailures()
    {
        var markdown = ReportWriter.ToMarkdown(Report());
        Assert.Contains("## MedDoc eval: tiny — FAILED", markdown);
        Assert.Contains("| accuracy | 0.500 | ≥ 0.750 | **FAIL** |", markdown);
        Assert.Contains("- `B`: type: expected CT, got MRI; missed: J90", markdown);
    }

    [Fact]
    public void SummaryNamesChangedDocumentsOfARegression()
    {
        var regression = new RegressionResult(false, "base.json", 0.01, 1.0, 0.5, 1.0, 0.67, ["accuracy dropped from 1.000 to 0.500 (tolerance 0.010)"],
            [new ChangedDocument("B", "CT", "MRI", ["J90"], [], "regressed")]);
        var markdown = ReportWriter.ToMarkdown(Report(regression));
        Assert.Contains("REGRESSION", markdown);
        Assert.Contains("- `B` regressed: CT [J90] → MRI []", markdown);
    }

    [Fact]
    public void ReportPassesOnlyWhenGateAndRegressionPass()
    {
        var passingGate = Report() with { };
        Assert.False(passingGate.Passed);
        var results = new[] { DocumentScorer.Score(Doc("A", "X-RAY", ["I51.7"]), Answer("X-RAY", Code("I51.7")), ScoringOptions.Default) };
        var outcome = new EvaluationOutcome("in-process", MetricsCalculator.Compute(results, 1.0), results);
        var info = new DatasetInfo("tiny", "tiny.json", "abc", 1);
        Assert.True(EvaluationReport.Create(info, outcome, Thresholds.Prototype, null, "x", DateTimeOffset.UnixEpoch).Passed);
        var regressed = new RegressionResult(false, "b", 0.01, 1, 1, 1, 1, ["f1 dropped"], []);
        Assert.False(EvaluationReport.Create(info, outcome, Thresholds.Prototype, regressed, "x", DateTimeOffset.UnixEpoch).Passed);
    }
}
