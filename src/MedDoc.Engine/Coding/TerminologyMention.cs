namespace MedDoc.Engine.Coding;

/// <summary>
/// A condition stated present in the text in the words of an ICD-10-CM title or inclusion term.
/// Example: "Renal calculi were seen." → TerminologyMention("N20.0", span of "Renal calculi", "body").
/// </summary>
public sealed record TerminologyMention(string Code, Span Evidence, string Section, Span? Over = null);
