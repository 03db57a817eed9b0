using MedDoc.Evaluation.Metrics;
using MedDoc.Evaluation.Reports;

namespace MedDoc.Evaluation;

/// <summary>The metrics of a run and every document's result, in dataset order.</summary>
public sealed record EvaluationOutcome(string Target, EvaluationMetrics Metrics, IReadOnlyList<DocumentResult> Documents)
{
    /// <summary>The documents that were not answered perfectly, with why, in dataset order.</summary>
    public IReadOnlyList<FailedDocument> FailedDocuments() =>
        Documents.Where(document => !document.Passed)
            .Select(document => new FailedDocument(document.Id, document.FailureReasons))
            .ToArray();
}
