using MedDoc.Evaluation.Metrics;
using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation;

/// <summary>
/// How a run goes: at most <paramref name="Concurrency"/> documents in flight, how codes are scored,
/// and an optional probe of the LLM usage counters (read before and after the run).
/// </summary>
public sealed record EvaluationOptions(int Concurrency = 4, ScoringOptions? Scoring = null, Func<LlmUsage>? LlmUsageProbe = null)
{
    /// <summary>Four documents in flight, every code scored, no LLM probe.</summary>
    public static EvaluationOptions Default { get; } = new();
}
