namespace MedDoc.Engine;

/// <summary>
/// A clinical concept the text mentions, with its assertion: "No pleural effusion." →
/// Finding("pleural_effusion", "pleural effusion", Negated, span of "pleural effusion", "findings", "No").
/// <paramref name="Trigger"/> is the assertion trigger as written, null when present by default.
/// </summary>
public sealed record Finding(
    string ConceptId,
    string Concept,
    Assertion Assertion,
    Span Span,
    string Section,
    string? Trigger = null);
