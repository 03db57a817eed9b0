namespace MedDoc.Engine.Labs;

/// <summary>
/// An analyte name to look for: "hemoglobin a1c" (any case) or the symbol "Na" (exact case); <paramref name="Analyte"/> is
/// null for a name of no analyte that must not be read as one ("CA 19-9" is not the symbol "Ca").
/// </summary>
internal sealed record AliasEntry(string Text, AnalyteRule? Analyte, bool IgnoreCase);
