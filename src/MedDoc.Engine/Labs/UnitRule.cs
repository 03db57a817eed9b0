namespace MedDoc.Engine.Labs;

/// <summary>
/// A lab unit and its printed variants: "K/uL", "x10^3/uL", "×10³/µL" and "10*3/uL" are all canonical "10^3/uL".
/// </summary>
public sealed record UnitRule(string Canonical, IReadOnlyList<string> Variants, string Source);
