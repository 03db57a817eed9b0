namespace MedDoc.Engine.Concepts;

/// <summary>The shape of one Rules/concepts/*.json file.</summary>
public sealed record ConceptFile(string Source, IReadOnlyList<ConceptRule> Concepts);
