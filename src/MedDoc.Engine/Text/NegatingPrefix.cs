namespace MedDoc.Engine.Text;

/// <summary>
/// The prefix "non-" joined to the first word of a mention negates what the mention names: "non-smoker", "non-cigarette
/// smoker", "non-diabetic"; "non-epileptic seizures" are not epileptic seizures. A term that spells the prefix itself
/// ("non-Hodgkin lymphoma", "non-ST elevation myocardial infarction") starts at "non", so it is not a mention after it.
/// Neoplasm morphology is read elsewhere: "non-invasive" and "non-small cell" qualify a tumour that is there. Pure.
/// </summary>
public static class NegatingPrefix
{
    private const string Prefix = "non";

    /// <summary>True when the word starting at <paramref name="start"/> of <paramref name="text"/> is hyphen-joined after "non".</summary>
    public static bool Precedes(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hyphen = start - 1;
        if (hyphen < Prefix.Length || text[hyphen] != '-')
        {
            return false;
        }
        var first = hyphen - Prefix.Length;
        return text.AsSpan(first, Prefix.Length).Equals(Prefix, StringComparison.OrdinalIgnoreCase)
               && (first == 0 || !char.IsLetterOrDigit(text[first - 1]));
    }
}
