namespace MedDoc.Engine.Labs;

/// <summary>
/// Finds lab values in tables, "Analyte: value unit (range) flag" lines and prose.
/// Example: "Hemoglobin 9.2 g/dL (13.5-17.5) L" → hemoglobin 9.2 g/dL, Low.
/// </summary>
public sealed class LabValueParser
{
    /// <summary>Every lab value stated in <paramref name="text"/>.</summary>
    public IReadOnlyList<LabResult> Parse(string text, IReadOnlyList<Section> sections) => [];
}
