using MedDoc.Engine;

namespace MedDoc.Llm.Validation;

/// <summary>
/// One code as Claude wrote it, before validation: ("I51.7", ["Mild cardiomegaly."], Documented, 0.9).
/// <paramref name="Code"/> is null when the item was malformed.
/// </summary>
public sealed record LlmCodeClaim(string? Code, IReadOnlyList<string> Evidence, CodeBasis Basis, double Confidence);
