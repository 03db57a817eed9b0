using Prometheus;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// The service's own Prometheus metrics (HTTP counts and durations by route template come from
/// prometheus-net's middleware). Labels are fixed vocabularies: never document text or ids.
/// </summary>
public static class ApiMetrics
{
    public static readonly Histogram AnalysisDuration = Metrics.CreateHistogram(
        "meddoc_analysis_duration_seconds",
        "Time to analyse one document, by operation (classify, extract_codes, summarize, analyze, upload).",
        new HistogramConfiguration { LabelNames = ["operation"], Buckets = Histogram.ExponentialBuckets(0.0001, 2, 16) });

    public static readonly Counter DocumentsStored = Metrics.CreateCounter(
        "meddoc_documents_stored_total", "Documents stored (answered 201) since the process started.");

    public static readonly Counter DocumentsDeleted = Metrics.CreateCounter(
        "meddoc_documents_deleted_total", "Documents deleted since the process started.");

    public static readonly Gauge DocumentsInStore = Metrics.CreateGauge(
        "meddoc_documents", "Documents in the database, as last counted by a list request.");

    public static readonly Counter Errors = Metrics.CreateCounter(
        "meddoc_errors_total", "Problem responses by kind (empty_text, invalid_json, unsupported_file_type, internal, ...).",
        new CounterConfiguration { LabelNames = ["kind"] });
}
