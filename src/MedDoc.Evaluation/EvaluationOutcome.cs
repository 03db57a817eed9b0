using MedDoc.Evaluation.Metrics;

namespace MedDoc.Evaluation;

/// <summary>The metrics of a run and every document's result, in dataset order.</summary>
public sealed record EvaluationOutcome(string Target, EvaluationMetrics Metrics, IReadOnlyList<DocumentResult> Documents);
