using MedDoc.Engine;
using MedDoc.Evaluation.Datasets;
using MedDoc.Evaluation.Gates;
using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation.Tests;

/// <summary>The real engine on the project's datasets: the gate of evals/thresholds.json must pass in-process.</summary>
public sealed class SyntheticGateTests
{
    [Fact]
    public async Task GatePassesInProcessOnSyntheticV1()
    {
        var dataset = DatasetReader.Read(TestPaths.Synthetic);
        var outcome = await EvaluationRunner.RunAsync(dataset.Documents, new InProcessEvaluator(new RulesAnalysisService(new ClinicalEngine())));
        var gate = Gate.Apply(outcome.Metrics, ThresholdsReader.Read(TestPaths.Thresholds));
        Assert.True(gate.Passed, string.Join("; ", gate.Checks.Select(check => $"{check.Metric} {check.Actual:0.000} vs {check.Limit:0.000}")));
    }

    [Fact]
    public async Task QuickEvaluationPassesWithTheEngine()
    {
        var quick = await QuickEvaluation.RunAsync(new RulesAnalysisService(new ClinicalEngine()), CancellationToken.None);
        Assert.Equal(20, quick.NumExamples);
        Assert.True(quick.Passed, $"accuracy {quick.Classification.Accuracy:0.000}, f1 {quick.Codes.F1:0.000}");
    }

    [Fact]
    public async Task EvidenceOfEveryEngineCodeIsVerbatim()
    {
        var dataset = DatasetReader.Read(TestPaths.Synthetic);
        var outcome = await EvaluationRunner.RunAsync(dataset.Documents, new InProcessEvaluator(new RulesAnalysisService(new ClinicalEngine())));
        Assert.Equal(1.0, outcome.Metrics.EvidenceValidity);
    }
}
