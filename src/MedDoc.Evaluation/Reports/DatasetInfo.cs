namespace MedDoc.Evaluation.Reports;

/// <summary>Which dataset a report scored: name, path as given, sha256 of its bytes, number of documents.</summary>
public sealed record DatasetInfo(string Name, string Path, string Sha256, int NumExamples);
