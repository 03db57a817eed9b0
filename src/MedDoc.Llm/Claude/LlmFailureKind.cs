namespace MedDoc.Llm.Claude;

/// <summary>Why one attempt to call Claude failed; the metric label is the snake_case name.</summary>
public enum LlmFailureKind
{
    /// <summary>429: too many requests (retried, honouring retry-after).</summary>
    RateLimited,
    /// <summary>529: Claude is overloaded (retried).</summary>
    Overloaded,
    /// <summary>Another 5xx (retried).</summary>
    ServerError,
    /// <summary>The attempt or the whole call ran past its time budget.</summary>
    Timeout,
    /// <summary>The connection failed or broke.</summary>
    Connection,
    /// <summary>A 4xx other than 429 (bad request, authentication...): not retried.</summary>
    ClientError,
    /// <summary>The answer had no tool call of the requested tool or its input broke the schema.</summary>
    MalformedOutput,
    /// <summary>The circuit breaker is open after repeated failures: the call was not sent.</summary>
    CircuitOpen,
    /// <summary>Anything else (a bug or an unknown SDK error); the engine's answer is returned.</summary>
    Unexpected,
}
