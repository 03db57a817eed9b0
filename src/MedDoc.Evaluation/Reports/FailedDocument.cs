namespace MedDoc.Evaluation.Reports;

/// <summary>A document that was not answered perfectly, and why ("missed: J90", "type: expected CT, got MRI").</summary>
public sealed record FailedDocument(string Id, IReadOnlyList<string> Reasons);
