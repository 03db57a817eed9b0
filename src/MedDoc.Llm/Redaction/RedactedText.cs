namespace MedDoc.Llm.Redaction;

/// <summary>
/// A document with its PHI replaced by typed placeholders, and the way back: offsets into
/// <see cref="Text"/> (what Claude sees) map to offsets into <see cref="Original"/> (what the client sent),
/// so evidence Claude quotes still points into the original. Example: "Patient: Jane Roe. Cardiomegaly."
/// → "Patient: [NAME]. Cardiomegaly."; Map(17) (the "C") → 19.
/// </summary>
public sealed record RedactedText(string Original, string Text, IReadOnlyList<Redaction> Redactions)
{
    /// <summary>A text sent as is (redaction switched off): offsets map to themselves.</summary>
    public static RedactedText Unchanged(string text) => new(text, text, []);

    /// <summary>
    /// The original index of the redacted index <paramref name="redactedIndex"/> used as a span start:
    /// an index inside a placeholder maps to the start of the PHI it replaced.
    /// </summary>
    public int Map(int redactedIndex)
    {
        var shift = 0;
        foreach (var redaction in Redactions)
        {
            if (redactedIndex < redaction.RedactedStart)
            {
                break;
            }
            if (redactedIndex < redaction.RedactedEnd)
            {
                return redaction.OriginalStart;
            }
            shift = redaction.OriginalEnd - redaction.RedactedEnd;
        }
        return redactedIndex + shift;
    }

    /// <summary>
    /// The original index of the redacted index <paramref name="redactedIndex"/> used as a span end
    /// (exclusive): an index inside or at the end of a placeholder maps to the end of the PHI it replaced.
    /// </summary>
    public int MapEnd(int redactedIndex)
    {
        var shift = 0;
        foreach (var redaction in Redactions)
        {
            if (redactedIndex <= redaction.RedactedStart)
            {
                break;
            }
            if (redactedIndex <= redaction.RedactedEnd)
            {
                return redaction.OriginalEnd;
            }
            shift = redaction.OriginalEnd - redaction.RedactedEnd;
        }
        return redactedIndex + shift;
    }

    /// <summary>Number of replaced pieces of each kind (for metrics; never the text itself).</summary>
    public IReadOnlyDictionary<PhiKind, int> CountByKind() =>
        Redactions.GroupBy(redaction => redaction.Kind).ToDictionary(group => group.Key, group => group.Count());
}
