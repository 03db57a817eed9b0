namespace MedDoc.Engine.Coding;

/// <summary>
/// A row of Rules/lab_codes.json: "hemoglobin low → D64.9 Anemia, unspecified", suppressed when a documented code
/// starts with one of <paramref name="SupersededBy"/> ("D50".."D64": the documented anemia is more specific).
/// </summary>
public sealed record LabCodeRule(
    string Code,
    string Title,
    IReadOnlyList<LabCodeCondition> When,
    IReadOnlyList<LabCodeCondition>? Unless,
    IReadOnlyList<string> SupersededBy,
    string Source)
{
    /// <summary>True when a documented code makes this lab-value code redundant.</summary>
    public bool IsSupersededBy(IReadOnlySet<string> documentedCodes) =>
        documentedCodes.Any(code => SupersededBy.Any(prefix => code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
}
