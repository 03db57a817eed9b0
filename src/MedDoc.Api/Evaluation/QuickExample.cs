namespace MedDoc.Api.Evaluation;

/// <summary>One labelled example: the text, its expected type label and expected ICD-10-CM codes.</summary>
public sealed record QuickExample(string Id, string Text, string DocumentType, IReadOnlyList<string> Codes);
