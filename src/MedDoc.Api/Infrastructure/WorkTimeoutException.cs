namespace MedDoc.Api.Infrastructure;

/// <summary>One piece of heavy work ran past its time budget: answered 503 <c>analysis_timeout</c>.</summary>
public sealed class WorkTimeoutException(TimeSpan timeout)
    : Exception("The analysis ran past its time budget.")
{
    public TimeSpan Timeout { get; } = timeout;
}
