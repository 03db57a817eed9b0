namespace MedDoc.Evaluation.Gates;

/// <summary>One gate condition: <c>accuracy 0.94 ≥ 0.90</c>. <paramref name="IsMaximum"/> for "at most" limits.</summary>
public sealed record GateCheck(string Metric, double Actual, double Limit, bool IsMaximum, bool Passed);
