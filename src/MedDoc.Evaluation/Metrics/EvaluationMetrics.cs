using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation.Metrics;

/// <summary>
/// Every metric of one run. <see cref="CleanFpRate"/>: share of documents with no expected code on
/// which a false-positive code was returned. <see cref="NormalFpRate"/>: share of iu-cxr reports
/// labelled ["normal"] on which any code was returned (null without such labels).
/// <see cref="EvidenceValidity"/>: share of returned codes whose evidence is verbatim (1 when none returned).
/// <see cref="Llm"/> is null when no LLM usage was reported.
/// </summary>
public sealed record EvaluationMetrics(
    int NumExamples,
    ClassificationMetrics Classification,
    CodeMetrics Codes,
    double CleanFpRate,
    int CleanDocuments,
    double? NormalFpRate,
    double EvidenceValidity,
    int CodesReturned,
    int Errors,
    LatencyMetrics Latency,
    LlmUsage? Llm);
