namespace MedDoc.Evaluation.Metrics;

/// <summary>
/// How one document was scored: expected versus predicted type, the codes at exact and category
/// level, codes with invalid evidence, latency, the error of a failed call, and the reasons the
/// document counts as failed (empty when it was answered perfectly).
/// </summary>
public sealed record DocumentResult(
    string Id,
    string ExpectedType,
    string? PredictedType,
    bool TypeCorrect,
    IReadOnlyList<string> ExpectedCodes,
    IReadOnlyList<string> AcceptableCodes,
    IReadOnlyList<string> ReturnedCodes,
    CodeScore Exact,
    CodeScore Category,
    IReadOnlyList<string> InvalidEvidenceCodes,
    double LatencyMs,
    string? Error,
    IReadOnlyList<string> FailureReasons,
    bool LabelledNormal = false)
{
    /// <summary>True when the document was answered perfectly.</summary>
    public bool Passed => FailureReasons.Count == 0;
}
