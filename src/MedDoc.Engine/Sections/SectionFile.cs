namespace MedDoc.Engine.Sections;

/// <summary>The shape of Rules/sections.json.</summary>
public sealed record SectionFile(string Source, IReadOnlyList<SectionRule> Sections);
