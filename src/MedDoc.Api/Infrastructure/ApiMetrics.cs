using System.Diagnostics.Metrics;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// The service's own instruments on the <see cref="System.Diagnostics.Metrics.Meter"/> "MedDoc.Api",
/// exported by OpenTelemetry (Prometheus at /metrics, OTLP when configured). Instrument names follow
/// OpenTelemetry's dotted style; the Prometheus exporter turns "meddoc.documents.stored" into
/// meddoc_documents_stored_total and a histogram in seconds into meddoc_…_seconds. Label values are
/// fixed vocabularies: never document text or ids. To add a metric, add an instrument and one method here.
/// </summary>
public static class ApiMetrics
{
    /// <summary>The meter name the OpenTelemetry pipeline listens to.</summary>
    public const string MeterName = "MedDoc.Api";

    private static readonly Meter Meter = new(MeterName);

    // 0.1 ms doubling up to 3.3 s: the engine answers in about a millisecond, Claude in seconds.
    private static readonly double[] AnalysisBuckets = [.. Enumerable.Range(0, 16).Select(power => 0.0001 * Math.Pow(2, power))];

    private static readonly Histogram<double> AnalysisDuration = Meter.CreateHistogram(
        "meddoc.analysis.duration", unit: "s",
        description: "Time to analyse one document, by operation (classify, extract_codes, summarize, analyze, upload).",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = AnalysisBuckets });

    private static readonly Counter<long> AnalysisCache = Meter.CreateCounter<long>(
        "meddoc.analysis.cache", description: "Analyses looked up in the shared (Redis) analysis cache, by outcome (hit, miss).");

    private static readonly Counter<long> DocumentsStored = Meter.CreateCounter<long>(
        "meddoc.documents.stored", description: "Documents stored (answered 201) since the process started.");

    private static readonly Counter<long> DocumentsDeleted = Meter.CreateCounter<long>(
        "meddoc.documents.deleted", description: "Documents deleted since the process started.");

    private static readonly Gauge<long> DocumentsInStore = Meter.CreateGauge<long>(
        "meddoc.documents", description: "Documents in the database, as last counted by a list request.");

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "meddoc.errors", description: "Problem responses by kind (empty_text, invalid_json, unsupported_file_type, internal, ...).");

    private static readonly Gauge<long> Readiness = Meter.CreateGauge<long>(
        "meddoc.readiness", description: "1 when the readiness check passed at the last probe, else 0, by check (database, storage).");

    private static readonly Counter<long> QuickEvaluations = Meter.CreateCounter<long>(
        "meddoc.eval.quick.runs", description: "Quick evaluations (GET /api/eval/quick) by outcome against the thresholds (passed, failed).");

    private static readonly Counter<long> BatchesSubmitted = Meter.CreateCounter<long>(
        "meddoc.batches.submitted", description: "Batches received and queued since the process started.");

    private static readonly Counter<long> BatchDocuments = Meter.CreateCounter<long>(
        "meddoc.batch.documents", description: "Batch documents finished by this process's workers, by outcome (done, failed).");

    private static readonly Counter<long> OrphansReclaimed = Meter.CreateCounter<long>(
        "meddoc.storage.orphans.reclaimed", description: "Stored files with no document row that the orphan sweep removed.");

    private static readonly Counter<long> OrphanBytesReclaimed = Meter.CreateCounter<long>(
        "meddoc.storage.orphans.reclaimed.bytes", unit: "By", description: "Bytes of the stored files the orphan sweep removed.");

    /// <summary>One analysis of <paramref name="operation"/> took <paramref name="duration"/>.</summary>
    public static void RecordAnalysis(string operation, TimeSpan duration) =>
        AnalysisDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("operation", operation));

    /// <summary>An analysis was looked up in the shared cache and found (<paramref name="hit"/>) or run.</summary>
    public static void CountAnalysisCache(bool hit) =>
        AnalysisCache.Add(1, new KeyValuePair<string, object?>("outcome", hit ? "hit" : "miss"));

    /// <summary>A document was stored.</summary>
    public static void CountDocumentStored() => DocumentsStored.Add(1);

    /// <summary>A document was deleted.</summary>
    public static void CountDocumentDeleted() => DocumentsDeleted.Add(1);

    /// <summary>The database holds <paramref name="total"/> documents.</summary>
    public static void SetDocumentsInStore(long total) => DocumentsInStore.Record(total);

    /// <summary>A problem response of <paramref name="kind"/> was sent.</summary>
    public static void CountError(string kind) => Errors.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>The readiness check <paramref name="check"/> passed (or not) just now.</summary>
    public static void RecordReadiness(string check, bool passed) =>
        Readiness.Record(passed ? 1 : 0, new KeyValuePair<string, object?>("check", check));

    /// <summary>A batch was received and queued.</summary>
    public static void CountBatchSubmitted() => BatchesSubmitted.Add(1);

    /// <summary>A batch document finished with <paramref name="outcome"/> (done or failed).</summary>
    public static void CountBatchDocument(string outcome) =>
        BatchDocuments.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>A quick evaluation ran and <paramref name="passed"/> the thresholds (or not).</summary>
    public static void CountQuickEvaluation(bool passed) =>
        QuickEvaluations.Add(1, new KeyValuePair<string, object?>("outcome", passed ? "passed" : "failed"));

    /// <summary>An orphan sweep removed <paramref name="files"/> files holding <paramref name="bytes"/> bytes.</summary>
    public static void CountOrphansReclaimed(long files, long bytes)
    {
        OrphansReclaimed.Add(files);
        OrphanBytesReclaimed.Add(bytes);
    }
}
