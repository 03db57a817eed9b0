namespace MedDoc.Engine.Classification;

/// <summary>
/// Labels a document with one of CODING.md's 12 types, a confidence and a rationale.
/// Example: "PA and lateral views of the chest" → X-RAY.
/// </summary>
public sealed class DocumentClassifier
{
    /// <summary>The type of the document.</summary>
    public DocumentClassification Classify(string text, IReadOnlyList<Section> sections, IReadOnlyList<LabResult> labs, IReadOnlyList<Finding> findings) =>
        DocumentClassification.Unknown;
}
