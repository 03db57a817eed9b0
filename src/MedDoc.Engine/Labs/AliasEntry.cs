namespace MedDoc.Engine.Labs;

/// <summary>An analyte name to look for: "hemoglobin a1c" (any case) or the symbol "Na" (exact case).</summary>
internal sealed record AliasEntry(string Text, AnalyteRule Analyte, bool IgnoreCase);
