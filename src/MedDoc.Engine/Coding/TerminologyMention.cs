namespace MedDoc.Engine.Coding;

/// <summary>
/// A condition stated present in the text in the words of an ICD-10-CM title or inclusion term.
/// Example: "Renal calculi were seen." → TerminologyMention("N20.0", span of "Renal calculi", "body").
/// <see cref="Over"/> is the evidence of a curated finding whose every word the mention reads, and more ("pneumonia
/// caused by Pseudomonas" over the curated "pneumonia"); null for a mention in words no curated concept read.
/// </summary>
public sealed record TerminologyMention(string Code, Span Evidence, string Section, Span? Over = null);
