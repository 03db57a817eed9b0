namespace MedDoc.Engine.Classification;

/// <summary>One step of a confidence calibration: raw strength up to <paramref name="UpTo"/> is right with <paramref name="Probability"/>.</summary>
public sealed record CalibrationStep(double UpTo, double Probability);
