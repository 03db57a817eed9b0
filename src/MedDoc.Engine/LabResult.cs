namespace MedDoc.Engine;

/// <summary>
/// One lab value: "Hemoglobin 9.2 g/dL (13.5-17.5) L" →
/// LabResult("hemoglobin", "Hemoglobin", 9.2, "9.2", "g/dL", range 13.5–17.5, Low, span of the line).
/// <paramref name="Analyte"/> is the canonical id (rules/analytes), <paramref name="Name"/> the name as printed.
/// <paramref name="RangeIsDefault"/> is true when no range was printed and the engine's adult range applied.
/// </summary>
public sealed record LabResult(
    string Analyte,
    string Name,
    double Value,
    string ValueText,
    string? Unit,
    ReferenceRange? ReferenceRange,
    LabFlag Flag,
    Span Span,
    bool RangeIsDefault = false)
{
    /// <summary>True for any flag other than <see cref="LabFlag.Normal"/>.</summary>
    public bool IsAbnormal => Flag != LabFlag.Normal;
}
