using MedDoc.Llm.Claude;

namespace MedDoc.Llm.Metrics;

/// <summary>Metrics that record nothing (for tools and tests that do not export metrics).</summary>
public sealed class NullLlmMetrics : ILlmMetrics
{
    /// <summary>The shared instance.</summary>
    public static NullLlmMetrics Instance { get; } = new();

    /// <inheritdoc />
    public void CallSucceeded(string prompt, TimeSpan latency, long inputTokens, long outputTokens) { }

    /// <inheritdoc />
    public void AttemptFailed(string prompt, LlmFailureKind kind) { }

    /// <inheritdoc />
    public void CallFailed(string prompt, LlmFailureKind kind, TimeSpan latency) { }

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
