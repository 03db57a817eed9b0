namespace MedDoc.Api.Infrastructure;

/// <summary>Every heavy-work slot is busy and the queue is full: answered 503 <c>overloaded</c> with Retry-After.</summary>
public sealed class ServiceOverloadedException(TimeSpan retryAfter)
    : Exception("Every analysis slot is busy and the queue is full.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
