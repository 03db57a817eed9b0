namespace MedDoc.Engine.Concepts;

/// <summary>
/// The shape of Rules/term_qualifiers.json: severity, extent and stability words that may sit inside a
/// concept term without changing the concept ("heart is mildly enlarged" matches "heart is enlarged").
/// <paramref name="RedactedWord"/> (optional) is the token that de-identified report collections write in place of a
/// word: it may stand for the last word of a composed concept's site ("the aortic XXXX" for "the aortic arch").
/// </summary>
public sealed record TermQualifierFile(string Source, string Example, IReadOnlyList<string> Words, string? RedactedWord = null);
