namespace MedDoc.Engine.Classification;

/// <summary>The shape of Rules/confidence_calibration.json.</summary>
internal sealed record CalibrationFile(string Source, IReadOnlyList<CalibrationStep> Steps);
