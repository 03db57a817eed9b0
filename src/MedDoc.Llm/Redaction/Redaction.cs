namespace MedDoc.Llm.Redaction;

/// <summary>
/// One replaced piece of PHI: the original text [<paramref name="OriginalStart"/>, <paramref name="OriginalEnd"/>)
/// became the placeholder at [<paramref name="RedactedStart"/>, <paramref name="RedactedEnd"/>) of the redacted text.
/// Example: "MRN: 0012345" → Redaction(Mrn, 5, 12, 5, 10) with placeholder "[MRN]".
/// </summary>
public sealed record Redaction(PhiKind Kind, int OriginalStart, int OriginalEnd, int RedactedStart, int RedactedEnd);
