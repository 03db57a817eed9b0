namespace MedDoc.Api.Contracts;

/// <summary>Precision, recall and F1 of one document type over the quick dataset, with its counts.</summary>
public sealed record LabelMetricsResponse(
    string Label, double Precision, double Recall, double F1, int Support, int TruePositives, int FalsePositives, int FalseNegatives);

/// <summary>
/// Classification accuracy over the quick dataset; beyond the contract, per-label metrics and the confusion
/// matrix as nested counts (expected label → predicted label → documents).
/// </summary>
public sealed record ClassificationMetrics(
    double Accuracy,
    int Correct,
    int Total,
    IReadOnlyList<LabelMetricsResponse> PerLabel,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion);

/// <summary>Micro-averaged code precision, recall and F1 over the quick dataset.</summary>
public sealed record CodeMetrics(double Precision, double Recall, double F1);

/// <summary>The gate's minimums.</summary>
public sealed record EvalThresholds(double Accuracy, double F1);

/// <summary>A quick-dataset document that was not answered perfectly, and why ("missed: J90").</summary>
public sealed record EvalFailureResponse(string Id, IReadOnlyList<string> Reasons);

/// <summary>Answer of GET /api/eval/quick: the contract's fields, then the documents it got wrong.</summary>
public sealed record QuickEvalResponse(
    string Dataset,
    int NumExamples,
    ClassificationMetrics Classification,
    CodeMetrics Codes,
    bool Passed,
    EvalThresholds Thresholds,
    IReadOnlyList<EvalFailureResponse> FailedDocuments);
