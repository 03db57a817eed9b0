namespace MedDoc.Llm.Claude;

/// <summary>
/// A failed call to Claude, classified by <see cref="Kind"/>. Its message never contains document text
/// or the server's response body; <see cref="RetryAfter"/> carries the server's retry-after when it sent one.
/// </summary>
public sealed class LlmCallException(LlmFailureKind kind, string message, TimeSpan? retryAfter = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>What went wrong.</summary>
    public LlmFailureKind Kind { get; } = kind;

    /// <summary>The delay the server asked for (retry-after / retry-after-ms), if any.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
