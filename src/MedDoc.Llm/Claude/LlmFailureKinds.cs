namespace MedDoc.Llm.Claude;

/// <summary>Metric and warning labels of <see cref="LlmFailureKind"/> ("rate_limited", "circuit_open").</summary>
public static class LlmFailureKinds
{
    /// <summary>The snake_case label of <paramref name="kind"/>.</summary>
    public static string ToLabel(this LlmFailureKind kind) => kind switch
    {
        LlmFailureKind.RateLimited => "rate_limited",
        LlmFailureKind.Overloaded => "overloaded",
        LlmFailureKind.ServerError => "server_error",
        LlmFailureKind.Timeout => "timeout",
        LlmFailureKind.Connection => "connection",
        LlmFailureKind.ClientError => "client_error",
        LlmFailureKind.MalformedOutput => "malformed_output",
        LlmFailureKind.CircuitOpen => "circuit_open",
        LlmFailureKind.Unexpected => "unexpected",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>True for failures worth another attempt (429, 529, 5xx, timeouts, connection errors).</summary>
    public static bool IsTransient(this LlmFailureKind kind) =>
        kind is LlmFailureKind.RateLimited or LlmFailureKind.Overloaded or LlmFailureKind.ServerError
            or LlmFailureKind.Timeout or LlmFailureKind.Connection;
}
