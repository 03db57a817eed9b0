using MedDoc.Evaluation.Targets;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Metrics;

namespace MedDoc.Cli;

/// <summary>Counts Claude calls and tokens for <c>meddoc eval --llm</c>'s report; the other metrics keep their no-op defaults.</summary>
public sealed class LlmUsageMetrics : ILlmMetrics
{
    private long _calls;
    private long _inputTokens;
    private long _outputTokens;

    /// <summary>The totals so far.</summary>
    public LlmUsage Snapshot() => new(Interlocked.Read(ref _calls), Interlocked.Read(ref _inputTokens), Interlocked.Read(ref _outputTokens));

    /// <inheritdoc />
    public void CallSucceeded(string prompt, TimeSpan latency, long inputTokens, long outputTokens)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _inputTokens, inputTokens);
        Interlocked.Add(ref _outputTokens, outputTokens);
    }

    /// <inheritdoc />
    public void CallFailed(string prompt, LlmFailureKind kind, TimeSpan latency) => Interlocked.Increment(ref _calls);
}
