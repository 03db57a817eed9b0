namespace MedDoc.Engine.Coding;

/// <summary>
/// One condition of a <see cref="LabCodeRule"/>: any of <paramref name="Analytes"/> flagged <paramref name="Flag"/>
/// ("low", "high", "any") with, when given, a value in [<paramref name="Min"/>, <paramref name="Max"/>] printed in one of
/// <paramref name="Units"/>. Example: HbA1c high, 5.7–6.4 % → prediabetes.
/// </summary>
public sealed record LabCodeCondition(
    IReadOnlyList<string> Analytes,
    string Flag,
    double? Min = null,
    double? Max = null,
    IReadOnlyList<string>? Units = null)
{
    /// <summary>True when <paramref name="lab"/> satisfies this condition.</summary>
    public bool Matches(LabResult lab) =>
        Analytes.Contains(lab.Analyte, StringComparer.Ordinal) &&
        FlagMatches(lab.Flag) &&
        (Min is null || lab.Value >= Min) &&
        (Max is null || lab.Value <= Max) &&
        (Units is null || lab.Unit is null || Units.Contains(lab.Unit, StringComparer.OrdinalIgnoreCase));

    private bool FlagMatches(LabFlag flag) => Flag switch
    {
        "low" => flag is LabFlag.Low or LabFlag.CriticalLow,
        "high" => flag is LabFlag.High or LabFlag.CriticalHigh,
        "any" => flag != LabFlag.Normal,
        _ => false,
    };
}
