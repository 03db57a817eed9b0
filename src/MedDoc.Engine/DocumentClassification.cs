namespace MedDoc.Engine;

/// <summary>
/// The document's type with a confidence in [0, 1] and a rationale naming the evidence
/// ("Found CBC analytes: WBC, hemoglobin, hematocrit, platelets").
/// </summary>
public sealed record DocumentClassification(DocumentType Type, double Confidence, string Rationale)
{
    /// <summary>What an empty or unreadable text is.</summary>
    public static DocumentClassification Unknown { get; } = new(DocumentType.Other, 0.0, "No recognisable content.");
}
