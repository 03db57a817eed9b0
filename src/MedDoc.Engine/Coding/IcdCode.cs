namespace MedDoc.Engine.Coding;

/// <summary>One ICD-10-CM catalog entry: "J90", "Pleural effusion, not elsewhere classified", billable.</summary>
public sealed record IcdCode(string Code, string Title, bool Billable);
