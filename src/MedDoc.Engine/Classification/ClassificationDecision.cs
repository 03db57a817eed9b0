namespace MedDoc.Engine.Classification;

/// <summary>
/// The evidence that decided a document's type, before calibration: <paramref name="Strength"/> in [0, 1] grows with
/// how specific the evidence is and by how much it beats the runner-up ("titled DISCHARGE SUMMARY" 0.95; two
/// clinical-note cues 0.6).
/// </summary>
internal sealed record ClassificationDecision(DocumentType Type, double Strength, string Rationale);
