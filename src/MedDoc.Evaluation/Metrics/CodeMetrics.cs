namespace MedDoc.Evaluation.Metrics;

/// <summary>Code metrics at exact level (E11.22) and 3-character category level (E11).</summary>
public sealed record CodeMetrics(CodeLevelMetrics Exact, CodeLevelMetrics Category);
