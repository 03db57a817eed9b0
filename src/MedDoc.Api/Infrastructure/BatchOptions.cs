namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Batch limits (<c>BATCH_MAX_DOCUMENTS</c>, <c>BATCH_MAX_MB</c>) and how many jobs this process runs
/// at once (<c>BATCH_WORKERS</c>; 0 leaves batches to <c>--worker</c> processes).
/// </summary>
public sealed class BatchOptions
{
    public int MaxDocuments { get; set; } = 100_000;

    public int MaxMb { get; set; } = 2048;

    public int Workers { get; set; } = DefaultWorkers;

    /// <summary>
    /// Documents per job at least: small enough that a killed job redoes little and many workers share a batch,
    /// large enough that the job's own costs (Hangfire's fetch and state changes, the batch's queries) stay small per document.
    /// </summary>
    public int ChunkSize { get; set; } = 100;

    /// <summary>Jobs per batch at most: a larger batch gets larger jobs, so enqueueing stays quick and the queue short.</summary>
    public int MaxJobsPerBatch { get; set; } = 200;

    /// <summary>Tries per document before a transient error fails it.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first retry's wait; each next one doubles it.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// After this long a fetched job whose process died is handed to another worker
    /// (<c>BATCH_JOB_TIMEOUT_SECONDS</c>); a job that is still running is harmless to repeat.
    /// </summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public long MaxBytes => MaxMb * 1024L * 1024L;

    public static int DefaultWorkers => Math.Max(2, Environment.ProcessorCount * 2);

    public static void Bind(BatchOptions options, IConfiguration configuration)
    {
        options.MaxDocuments = EnvironmentValues.GetInt(configuration, EnvironmentVariables.BatchMaxDocuments, 100_000, 1, 10_000_000);
        options.MaxMb = EnvironmentValues.GetInt(configuration, EnvironmentVariables.BatchMaxMb, 2048, 1, 1_000_000);
        options.Workers = EnvironmentValues.GetInt(configuration, EnvironmentVariables.BatchWorkers, DefaultWorkers, 0, 256);
        options.JobTimeout = TimeSpan.FromSeconds(
            EnvironmentValues.GetInt(configuration, EnvironmentVariables.BatchJobTimeoutSeconds, 300, 1, 86_400));
    }
}
