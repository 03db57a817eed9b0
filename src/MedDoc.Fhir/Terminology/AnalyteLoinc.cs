namespace MedDoc.Fhir.Terminology;

/// <summary>One LOINC code for an analyte read in some units: hemoglobin in g/dL or g/L → 718-7.</summary>
public sealed record AnalyteLoinc(string Analyte, IReadOnlyList<string> Units, string Loinc, string Display);
