namespace MedDoc.Evaluation.Targets;

/// <summary>
/// What the system under test answered for one document: its type label and codes, the time it took,
/// and an error (non-200 answer, timeout, invalid JSON) when a call failed — then type and codes are empty.
/// </summary>
public sealed record DocumentPrediction(string? DocumentType, IReadOnlyList<PredictedCode> Codes, double LatencyMs, string? Error = null)
{
    /// <summary>A failed call: no type, no codes.</summary>
    public static DocumentPrediction Failed(string error, double latencyMs) => new(null, [], latencyMs, error);
}
