namespace MedDoc.Engine.Text;

/// <summary>The shape of Rules/abbreviations.json.</summary>
internal sealed record AbbreviationFile(IReadOnlyList<string> Titles, IReadOnlyList<string> Abbreviations, string Source);
