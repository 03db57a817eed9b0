namespace MedDoc.Evaluation.Gates;

/// <summary>The gate's verdict and every check behind it.</summary>
public sealed record GateResult(bool Passed, IReadOnlyList<GateCheck> Checks);
