namespace MedDoc.Engine.Classification;

/// <summary>
/// How an imaging modality is named: "PA and lateral views of the chest" → X-RAY, "CT abdomen" → CT.
/// <paramref name="Patterns"/> match ignoring case; <paramref name="ExactPatterns"/> ("US", "MR") match case.
/// </summary>
public sealed record ModalityRule(DocumentType Type, IReadOnlyList<string> Patterns, IReadOnlyList<string> ExactPatterns, string Source);
