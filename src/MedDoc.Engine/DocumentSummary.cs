namespace MedDoc.Engine;

/// <summary>
/// An extractive summary of at most 3 sentences / 400 characters and the key findings
/// ("Cardiomegaly.", "Hemoglobin 9.2 g/dL (low)"); negated findings never appear.
/// </summary>
public sealed record DocumentSummary(string Text, IReadOnlyList<string> KeyFindings)
{
    /// <summary>The summary of an empty document.</summary>
    public static DocumentSummary Empty { get; } = new(string.Empty, []);
}
