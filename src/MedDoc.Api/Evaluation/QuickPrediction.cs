namespace MedDoc.Api.Evaluation;

/// <summary>What the pipeline answered for one <see cref="QuickExample"/>.</summary>
public sealed record QuickPrediction(string DocumentType, IReadOnlyList<string> Codes);
