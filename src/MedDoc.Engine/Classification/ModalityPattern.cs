namespace MedDoc.Engine.Classification;

/// <summary>One case-sensitive pattern naming a modality: ("\bHCT\b", CT) — a head CT in a neurology narrative.</summary>
public sealed record ModalityPattern(DocumentType Type, string Pattern);
