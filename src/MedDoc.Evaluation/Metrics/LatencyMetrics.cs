namespace MedDoc.Evaluation.Metrics;

/// <summary>Per-document latency percentiles (nearest rank) and throughput over the whole run's wall time.</summary>
public sealed record LatencyMetrics(double P50Ms, double P95Ms, double DocumentsPerSecond, double WallSeconds);
