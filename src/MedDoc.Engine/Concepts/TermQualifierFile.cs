namespace MedDoc.Engine.Concepts;

/// <summary>
/// The shape of Rules/term_qualifiers.json: severity, extent and stability words that may sit inside a
/// concept term without changing the concept ("heart is mildly enlarged" matches "heart is enlarged").
/// </summary>
public sealed record TermQualifierFile(string Source, string Example, IReadOnlyList<string> Words);
