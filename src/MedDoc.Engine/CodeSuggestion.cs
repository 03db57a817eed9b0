namespace MedDoc.Engine;

/// <summary>
/// An ICD-10-CM code suggestion backed by verbatim evidence: "Small left pleural effusion." →
/// CodeSuggestion("J90", "Pleural effusion, not elsewhere classified", [span], 0.9, Documented, Present).
/// Only present assertions become suggestions; the evidence spans are never empty.
/// </summary>
public sealed record CodeSuggestion(
    string Code,
    string Description,
    IReadOnlyList<Span> Evidence,
    double Confidence,
    CodeBasis Basis,
    Assertion Assertion = Assertion.Present);
