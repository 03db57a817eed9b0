namespace MedDoc.Engine.Labs;

/// <summary>
/// One analyte of Rules/analytes.json: "Hgb 9.2 g/dL" → id "hemoglobin", panel "cbc", default range 12.0–17.5 g/dL.
/// <paramref name="Aliases"/> match ignoring case; <paramref name="Symbols"/> ("Na", "K", "Cr") match exactly.
/// <paramref name="Units"/> maps a canonical unit to the factor converting a value into the default (first) unit.
/// </summary>
public sealed record AnalyteRule(
    string Id,
    string Display,
    string Panel,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Symbols,
    IReadOnlyDictionary<string, double> Units,
    AnalyteRange DefaultRange,
    AnalyteRange Plausible,
    string Source)
{
    /// <summary>The unit the default range is stated in ("g/dL" for hemoglobin).</summary>
    public string DefaultUnit => Units.Keys.First();
}
