using System.Diagnostics.Metrics;
using MedDoc.Llm.Claude;

namespace MedDoc.Llm.Metrics;

/// <summary>
/// <see cref="ILlmMetrics"/> on a System.Diagnostics.Metrics <see cref="Meter"/> named "MedDoc.Llm"
/// (OpenTelemetry exports it; on /metrics the counter "meddoc.llm.calls" is meddoc_llm_calls_total and the
/// histogram "meddoc.llm.latency" in seconds is meddoc_llm_latency_seconds).
/// </summary>
public sealed class MeterLlmMetrics : ILlmMetrics, IDisposable
{
    /// <summary>The meter name to listen to or export.</summary>
    public const string MeterName = "MedDoc.Llm";

    // Seconds: a Claude call takes about 1-10 s, and the call budget (LLM_TIMEOUT_SECONDS) is 30 s by default.
    private static readonly double[] LatencyBuckets = [0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120];

    private readonly Meter _meter;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _inputTokens;
    private readonly Counter<long> _outputTokens;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _avoided;
    private readonly Counter<long> _routed;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _fallbacks;

    /// <summary>Creates the meter and its instruments.</summary>
    public MeterLlmMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _calls = _meter.CreateCounter<long>("meddoc.llm.calls", description: "Calls to Claude by prompt and outcome (success | failure).");
        _inputTokens = _meter.CreateCounter<long>("meddoc.llm.input_tokens", unit: "{token}", description: "Input tokens billed.");
        _outputTokens = _meter.CreateCounter<long>("meddoc.llm.output_tokens", unit: "{token}", description: "Output tokens billed.");
        _latency = _meter.CreateHistogram(
            "meddoc.llm.latency", unit: "s", description: "Latency of one call, retries included.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _failures = _meter.CreateCounter<long>("meddoc.llm.failures", description: "Failed attempts by kind.");
        _cacheHits = _meter.CreateCounter<long>("meddoc.llm.cache_hits", description: "Answers served from the in-memory cache.");
        _avoided = _meter.CreateCounter<long>("meddoc.llm.calls_avoided", description: "Documents the router kept on the engine.");
        _routed = _meter.CreateCounter<long>("meddoc.llm.routed", description: "Documents the router sent to Claude, by reason.");
        _dropped = _meter.CreateCounter<long>("meddoc.llm.codes_dropped", description: "Claude codes dropped by validation, by reason.");
        _accepted = _meter.CreateCounter<long>("meddoc.llm.codes_accepted", description: "Claude codes that passed validation.");
        _fallbacks = _meter.CreateCounter<long>("meddoc.llm.fallbacks", description: "Analyses answered by the engine because Claude failed.");
    }

    /// <summary>The meter itself (tests listen to it).</summary>
    internal Meter Meter => _meter;

    /// <inheritdoc />
    public void CallSucceeded(string prompt, TimeSpan latency, long inputTokens, long outputTokens)
    {
        _calls.Add(1, new("prompt", prompt), new("outcome", "success"));
        _inputTokens.Add(inputTokens, new KeyValuePair<string, object?>("prompt", prompt));
        _outputTokens.Add(outputTokens, new KeyValuePair<string, object?>("prompt", prompt));
        _latency.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("prompt", prompt));
    }

    /// <inheritdoc />
    public void AttemptFailed(string prompt, LlmFailureKind kind) =>
        _failures.Add(1, new("prompt", prompt), new("kind", kind.ToLabel()));

    /// <inheritdoc />
    public void CallFailed(string prompt, LlmFailureKind kind, TimeSpan latency)
    {
        _calls.Add(1, new("prompt", prompt), new("outcome", "failure"));
        _latency.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("prompt", prompt));
    }

    /// <inheritdoc />
    public void CacheHit(string prompt) => _cacheHits.Add(1, new KeyValuePair<string, object?>("prompt", prompt));

    /// <inheritdoc />
    public void CallAvoided(string reason) => _avoided.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <inheritdoc />
    public void Routed(string reason) => _routed.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <inheritdoc />
    public void CodeDropped(DropReason reason) => _dropped.Add(1, new KeyValuePair<string, object?>("reason", reason.ToLabel()));

    /// <inheritdoc />
    public void CodeAccepted() => _accepted.Add(1);

    /// <inheritdoc />
    public void FellBack(LlmFailureKind kind) => _fallbacks.Add(1, new KeyValuePair<string, object?>("kind", kind.ToLabel()));

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
