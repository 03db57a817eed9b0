namespace MedDoc.Engine.Classification;

/// <summary>
/// A lab panel: the minimum of distinct analytes per analyte group ("bmp": 3, "liver": 2 → CMP).
/// Example: sodium, potassium, creatinine, ALT, AST → COMPREHENSIVE METABOLIC PANEL.
/// </summary>
public sealed record PanelRule(DocumentType Type, string Name, IReadOnlyDictionary<string, int> Requires, string Source);
