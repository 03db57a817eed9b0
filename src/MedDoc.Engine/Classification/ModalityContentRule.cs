namespace MedDoc.Engine.Classification;

/// <summary>
/// What a report of one modality describes even when it never names the modality: an echocardiogram's "ejection
/// fraction" and "mitral regurgitation", an obstetric scan's "biparietal diameter", an MRI's "T2 signal", a CT's "axial
/// images ... reformatted". <paramref name="MinDistinct"/> different patterns must match.
/// </summary>
public sealed record ModalityContentRule(DocumentType Type, string Name, IReadOnlyList<string> Patterns, int MinDistinct, string Source);
