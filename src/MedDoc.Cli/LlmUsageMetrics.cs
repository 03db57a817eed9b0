using MedDoc.Evaluation.Targets;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Metrics;

namespace MedDoc.Cli;

/// <summary>Counts Claude calls and tokens for <c>meddoc eval --llm</c>'s report; everything else is ignored.</summary>
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

    /// <inheritdoc />
    public void AttemptFailed(string prompt, LlmFailureKind kind) { }

    /// <inheritdoc />
    public void CacheHit(string prompt) { }

    /// <inheritdoc />
    public void CallAvoided(string reason) { }

    /// <inheritdoc />
    public void Routed(string reason) { }

    /// <inheritdoc />
    public void CodeDropped(DropReason reason) { }

    /// <inheritdoc />
    public void CodeAccepted() { }

    /// <inheritdoc />
    public void FellBack(LlmFailureKind kind) { }
}
