namespace MedDoc.Fhir.Terminology;

/// <summary>An engine canonical unit and its UCUM code: "10^3/uL" → "10*3/uL", "mEq/L" → "meq/L".</summary>
public sealed record UnitUcum(string Canonical, string Ucum);
