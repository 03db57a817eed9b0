namespace MedDoc.Engine.Sections;

/// <summary>
/// The shape of Rules/sections.json, the engine's one vocabulary of headers: section headers by category, and the
/// organ-system headers ("HEENT:", "LUNGS:") that label lines inside an examination without opening a section.
/// </summary>
public sealed record SectionFile(string Source, IReadOnlyList<SectionRule> Sections, IReadOnlyList<string>? OrganSystemHeaders = null);
