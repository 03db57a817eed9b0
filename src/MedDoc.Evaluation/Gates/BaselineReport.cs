namespace MedDoc.Evaluation.Gates;

/// <summary>What a regression check needs of an earlier report.json: headline metrics and each document's answer.</summary>
public sealed record BaselineReport(string Path, double Accuracy, double F1, IReadOnlyList<BaselineDocument> Documents);
