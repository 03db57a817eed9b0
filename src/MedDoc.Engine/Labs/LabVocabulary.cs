namespace MedDoc.Engine.Labs;

/// <summary>
/// The analytes and units the lab parser reads (Rules/analytes.json), for consumers that map them to other
/// vocabularies (LOINC, UCUM): "K/uL" → canonical "10^3/uL"; "hemoglobin" is read in g/dL, g/L or mmol/L.
/// </summary>
public static class LabVocabulary
{
    /// <summary>Every analyte id the parser can report (<see cref="LabResult.Analyte"/>).</summary>
    public static IReadOnlyList<string> AnalyteIds { get; } = AnalyteTable.Embedded.Analytes.Select(analyte => analyte.Id).ToArray();

    /// <summary>The canonical units <paramref name="analyteId"/> is read in, its default unit first; empty when unknown.</summary>
    public static IReadOnlyList<string> UnitsOf(string analyteId) =>
        AnalyteTable.Embedded.ById.TryGetValue(analyteId, out var analyte) ? analyte.Units.Keys.ToArray() : [];

    /// <summary>The canonical spelling of a printed unit ("×10³/µL" → "10^3/uL"), or null when it is not a lab unit.</summary>
    public static string? CanonicalUnit(string printedUnit)
    {
        ArgumentNullException.ThrowIfNull(printedUnit);
        return AnalyteTable.Embedded.CanonicalUnit(printedUnit);
    }
}
