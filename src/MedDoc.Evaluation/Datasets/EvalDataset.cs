namespace MedDoc.Evaluation.Datasets;

/// <summary>A dataset read from disk: its name (file name without extension), path, sha256 of the bytes and documents.</summary>
public sealed record EvalDataset(string Name, string Path, string Sha256, IReadOnlyList<EvalDocument> Documents);
