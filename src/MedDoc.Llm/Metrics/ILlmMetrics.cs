using MedDoc.Llm.Claude;

namespace MedDoc.Llm.Metrics;

/// <summary>
/// The metrics seam of the Claude path. The default implementation is <see cref="MeterLlmMetrics"/>
/// (a System.Diagnostics.Metrics Meter named "MedDoc.Llm"); <see cref="NullLlmMetrics"/> records nothing.
/// Labels are fixed vocabularies (prompt names, failure kinds, drop reasons), never document text.
/// Every member defaults to doing nothing, so an implementation overrides only what it records.
/// </summary>
public interface ILlmMetrics
{
    /// <summary>A call to Claude answered: its prompt ("codes"), latency and token counts.</summary>
    void CallSucceeded(string prompt, TimeSpan latency, long inputTokens, long outputTokens) { }

    /// <summary>One attempt failed (a retried 529 counts once per attempt).</summary>
    void AttemptFailed(string prompt, LlmFailureKind kind) { }

    /// <summary>A whole call failed after its retries.</summary>
    void CallFailed(string prompt, LlmFailureKind kind, TimeSpan latency) { }

    /// <summary>An answer came from the cache instead of Claude.</summary>
    void CacheHit(string prompt) { }

    /// <summary>The router decided a document needs no LLM call ("confident", "routing_never").</summary>
    void CallAvoided(string reason) { }

    /// <summary>The router sent a document to Claude ("low_confidence", "low_coverage", "routing_always").</summary>
    void Routed(string reason) { }

    /// <summary>A code Claude suggested was dropped by validation.</summary>
    void CodeDropped(DropReason reason) { }

    /// <summary>A code Claude suggested passed validation and reached the result.</summary>
    void CodeAccepted() { }

    /// <summary>Claude failed and the engine's answer was returned ("source: rules" with a warning).</summary>
    void FellBack(LlmFailureKind kind) { }
}
