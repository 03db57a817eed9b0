namespace MedDoc.Engine.Coding;

/// <summary>The shape of Rules/lab_codes.json.</summary>
internal sealed record LabCodeFile(IReadOnlyList<LabCodeRule> Rules);
