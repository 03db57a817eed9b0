using MedDoc.Evaluation.Gates;
using MedDoc.Evaluation.Metrics;

namespace MedDoc.Evaluation.Reports;

/// <summary>
/// report.json (schema <see cref="EvaluationInfo.ReportSchemaVersion"/>): what was scored, by which engine
/// build and git commit, against which thresholds, every metric, the gate and regression verdicts, the
/// failed documents and every document's result. <see cref="Passed"/> is the run's verdict.
/// </summary>
public sealed record EvaluationReport(
    int SchemaVersion,
    DatasetInfo Dataset,
    string Target,
    string EngineVersion,
    string GitCommit,
    DateTimeOffset CreatedAt,
    Thresholds Thresholds,
    EvaluationMetrics Metrics,
    GateResult Gate,
    RegressionResult? Regression,
    bool Passed,
    IReadOnlyList<FailedDocument> FailedDocuments,
    IReadOnlyList<DocumentResult> Documents)
{
    /// <summary>Assembles a report; it passes when the gate passes and no regression was found.</summary>
    public static EvaluationReport Create(
        DatasetInfo dataset, EvaluationOutcome outcome, Thresholds thresholds, RegressionResult? regression, string gitCommit, DateTimeOffset createdAt)
    {
        var gate = Gates.Gate.Apply(outcome.Metrics, thresholds);
        return new EvaluationReport(
            EvaluationInfo.ReportSchemaVersion, dataset, outcome.Target, Engine.EngineInfo.Version, gitCommit, createdAt,
            thresholds, outcome.Metrics, gate, regression, gate.Passed && (regression?.Passed ?? true), outcome.FailedDocuments(), outcome.Documents);
    }
}
