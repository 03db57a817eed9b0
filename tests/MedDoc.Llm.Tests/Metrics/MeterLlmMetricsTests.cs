using System.Diagnostics.Metrics;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Metrics;

namespace MedDoc.Llm.Tests.Metrics;

public sealed class MeterLlmMetricsTests
{
    [Fact]
    public void EveryEventIsPublishedOnTheMedDocLlmMeterWithItsLabel()
    {
        using var metrics = new MeterLlmMetrics();
        var seen = new List<(string Instrument, double Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            seen.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(tag => $"{tag.Key}={tag.Value}")))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            seen.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(tag => $"{tag.Key}={tag.Value}")))));
        listener.Start();

        metrics.CallSucceeded("codes", TimeSpan.FromSeconds(1.5), 800, 90);
        metrics.AttemptFailed("codes", LlmFailureKind.Overloaded);
        metrics.CacheHit("codes");
        metrics.CallAvoided("confident");
        metrics.CodeDropped(DropReason.NotInCatalog);
        metrics.FellBack(LlmFailureKind.CircuitOpen);

        Assert.Contains(("meddoc.llm.calls", 1.0, "prompt=codes,outcome=success"), seen);
        Assert.Contains(("meddoc.llm.input_tokens", 800.0, "prompt=codes"), seen);
        Assert.Contains(("meddoc.llm.output_tokens", 90.0, "prompt=codes"), seen);
        Assert.Contains(("meddoc.llm.latency", 1.5, "prompt=codes"), seen);
        Assert.Contains(("meddoc.llm.failures", 1.0, "prompt=codes,kind=overloaded"), seen);
        Assert.Contains(("meddoc.llm.cache_hits", 1.0, "prompt=codes"), seen);
        Assert.Contains(("meddoc.llm.calls_avoided", 1.0, "reason=confident"), seen);
        Assert.Contains(("meddoc.llm.codes_dropped", 1.0, "reason=not_in_catalog"), seen);
        Assert.Contains(("meddoc.llm.fallbacks", 1.0, "kind=circuit_open"), seen);
    }

    [Fact]
    public void EveryFailureKindAndDropReasonHasASnakeCaseLabel()
    {
        Assert.All(Enum.GetValues<LlmFailureKind>(), kind => Assert.Matches("^[a-z_]+$", kind.ToLabel()));
        Assert.All(Enum.GetValues<DropReason>(), reason => Assert.Matches("^[a-z_]+$", reason.ToLabel()));
    }
}
