namespace MedDoc.Evaluation.RealSets;

/// <summary>A real set read from disk: its name ("codiesp_dev"), path and documents.</summary>
public sealed record RealSet(string Name, string Path, IReadOnlyList<RealSetDocument> Documents);
