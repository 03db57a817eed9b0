namespace MedDoc.Evaluation.Gates;

/// <summary>One document's answer in a baseline report.</summary>
public sealed record BaselineDocument(string Id, string? PredictedType, IReadOnlyList<string> ReturnedCodes, bool Passed);
