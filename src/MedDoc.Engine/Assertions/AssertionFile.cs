namespace MedDoc.Engine.Assertions;

/// <summary>
/// The shape of Rules/assertions.json: the trigger rules, and the words that make a historical trigger after them date a
/// condition's onset ("type 2 diabetes, diagnosed 10 years ago": the diabetes began then and lasts).
/// </summary>
public sealed record AssertionFile(string Source, IReadOnlyList<AssertionRule> Rules, IReadOnlyList<string>? OnsetWords = null);
