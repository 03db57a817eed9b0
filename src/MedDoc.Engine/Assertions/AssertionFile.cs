namespace MedDoc.Engine.Assertions;

/// <summary>The shape of Rules/assertions.json.</summary>
public sealed record AssertionFile(string Source, IReadOnlyList<AssertionRule> Rules);
