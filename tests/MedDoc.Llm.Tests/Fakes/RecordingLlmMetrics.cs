using System.Collections.Concurrent;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Metrics;

namespace MedDoc.Llm.Tests.Fakes;

/// <summary>Metrics that remember every event, for assertions.</summary>
public sealed class RecordingLlmMetrics : ILlmMetrics
{
    private readonly ConcurrentQueue<string> _events = new();

    /// <summary>Events as "kind:label" strings ("dropped:not_in_catalog", "attempt_failed:overloaded").</summary>
    public IReadOnlyList<string> Events => _events.ToArray();

    /// <summary>How many events equal <paramref name="name"/>.</summary>
    public int Count(string name) => _events.Count(item => item == name);

    public long InputTokens;
    public long OutputTokens;

    public void CallSucceeded(string prompt, TimeSpan latency, long inputTokens, long outputTokens)
    {
        Interlocked.Add(ref InputTokens, inputTokens);
        Interlocked.Add(ref OutputTokens, outputTokens);
        _events.Enqueue($"succeeded:{prompt}");
    }

    public void AttemptFailed(string prompt, LlmFailureKind kind) => _events.Enqueue($"attempt_failed:{kind.ToLabel()}");

    public void CallFailed(string prompt, LlmFailureKind kind, TimeSpan latency) => _events.Enqueue($"call_failed:{kind.ToLabel()}");

    public void CacheHit(string prompt) => _events.Enqueue($"cache_hit:{prompt}");

    public void CallAvoided(string reason) => _events.Enqueue($"avoided:{reason}");

    public void Routed(string reason) => _events.Enqueue($"routed:{reason}");

    public void CodeDropped(DropReason reason) => _events.Enqueue($"dropped:{reason.ToLabel()}");

    public void CodeAccepted() => _events.Enqueue("accepted");

    public void FellBack(LlmFailureKind kind) => _events.Enqueue($"fell_back:{kind.ToLabel()}");
}
