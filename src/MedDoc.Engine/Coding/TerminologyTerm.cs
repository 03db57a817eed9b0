namespace MedDoc.Engine.Coding;

/// <summary>
/// What a terminology pattern stands for: the billable <paramref name="Code"/> it codes and whether the text must write
/// it in capitals (a collision-prone abbreviation such as "PE" or "MI").
/// Example: "kidney calculus" → TerminologyTerm("N20.0", false); "PE" → TerminologyTerm("I26.99", true).
/// </summary>
public sealed record TerminologyTerm(string Code, bool CapitalsOnly);
