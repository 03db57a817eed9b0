namespace MedDoc.Engine.Concepts;

/// <summary>The shape of Rules/combinations.json.</summary>
public sealed record CombinationFile(string Source, IReadOnlyList<CombinationRule> Combinations);
