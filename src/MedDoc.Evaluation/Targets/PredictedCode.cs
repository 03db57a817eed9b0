namespace MedDoc.Evaluation.Targets;

/// <summary>A code the system under test returned, with its evidence strings and spans exactly as returned.</summary>
public sealed record PredictedCode(string Code, IReadOnlyList<string> Evidence, IReadOnlyList<PredictedSpan> EvidenceSpans);
