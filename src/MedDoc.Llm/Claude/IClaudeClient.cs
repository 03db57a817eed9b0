namespace MedDoc.Llm.Claude;

/// <summary>
/// Asks Claude to answer a prompt through its tool. Implementations throw <see cref="LlmCallException"/>
/// for every failure (never with document text in the message). <see cref="AnthropicClaudeClient"/> calls
/// the Messages API once; <see cref="ResilientClaudeClient"/> adds cache, retries, breaker and concurrency limit.
/// </summary>
public interface IClaudeClient
{
    /// <summary>Sends <paramref name="request"/> and returns the tool input of the answer.</summary>
    Task<ClaudeToolAnswer> CallToolAsync(ClaudeToolRequest request, CancellationToken cancellationToken);
}
