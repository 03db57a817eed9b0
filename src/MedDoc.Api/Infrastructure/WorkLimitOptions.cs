namespace MedDoc.Api.Infrastructure;

/// <summary>
/// How much heavy work (analyses, PDF text extraction) runs at once (<c>ANALYSIS_CONCURRENCY</c>),
/// how many requests may wait for a slot (<c>ANALYSIS_QUEUE_LIMIT</c>) and how long one analysis
/// may take (<c>ANALYSIS_TIMEOUT_SECONDS</c>).
/// </summary>
public sealed class WorkLimitOptions
{
    public int Concurrency { get; set; } = 4;

    public int QueueLimit { get; set; } = 32;

    public int TimeoutSeconds { get; set; } = 60;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public static void Bind(WorkLimitOptions options, IConfiguration configuration)
    {
        options.Concurrency = EnvironmentValues.GetInt(configuration, EnvironmentVariables.AnalysisConcurrency, 4, 1, 1024);
        options.QueueLimit = EnvironmentValues.GetInt(configuration, EnvironmentVariables.AnalysisQueueLimit, 32, 0, 100_000);
        options.TimeoutSeconds = EnvironmentValues.GetInt(configuration, EnvironmentVariables.AnalysisTimeoutSeconds, 60, 1, 3600);
    }
}
