namespace MedDoc.Engine.Coding;

/// <summary>
/// What a terminology pattern stands for: the billable <paramref name="Code"/> it codes, whether the text must write
/// it in capitals (a collision-prone abbreviation such as "PE" or "MI"), and, for an Alphabetic Index main term that
/// codes only when it stands alone, the word as the text must write it (<paramref name="BareMainTerm"/>: "infection" →
/// B99.9, but not "infected", "wound infection" or "infection of the prosthesis", which name a subterm the default does
/// not cover).
/// Example: "kidney calculus" → TerminologyTerm("N20.0", false); "PE" → TerminologyTerm("I26.99", true).
/// </summary>
public sealed record TerminologyTerm(string Code, bool CapitalsOnly, string? BareMainTerm = null);
