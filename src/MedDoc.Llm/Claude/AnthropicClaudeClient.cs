using System.Net;
using System.Text.Json;
using Anthropic;
using Anthropic.Core;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;
using MedDoc.Llm.Configuration;

namespace MedDoc.Llm.Claude;

/// <summary>
/// Calls the Anthropic Messages API once per request through the official SDK, forcing the prompt's tool
/// (tool_choice = that tool) so the answer is JSON matching the tool's input schema, never prose.
/// The SDK's own retries are off (<see cref="ResilientClaudeClient"/> retries) and so is its telemetry,
/// so no document text reaches traces.
/// </summary>
public sealed class AnthropicClaudeClient : IClaudeClient, IDisposable
{
    private readonly AnthropicClient _client;
    private readonly LlmOptions _options;

    /// <summary>A client for <paramref name="options"/> (API key, optional base URL, model, timeout).</summary>
    public AnthropicClaudeClient(LlmOptions options)
    {
        _options = options;
        var clientOptions = new ClientOptions
        {
            ApiKey = options.ApiKey,
            MaxRetries = 0,
            Timeout = options.Timeout,
            OpenTelemetry = false,
            Handlers = [new RetryAfterHandler()],
        };
        if (options.BaseUrl is not null)
        {
            clientOptions.BaseUrl = options.BaseUrl;
        }
        _client = new AnthropicClient(clientOptions);
    }

    /// <inheritdoc />
    public async Task<ClaudeToolAnswer> CallToolAsync(ClaudeToolRequest request, CancellationToken cancellationToken)
    {
        var prompt = request.Prompt;
        var parameters = new MessageCreateParams
        {
            Model = _options.Model,
            MaxTokens = _options.MaxOutputTokens,
            Messages = [new MessageParam(new UserMessageParam(new MessageContentParam(request.RenderedPrompt)))],
            Tools =
            [
                new ToolUnion(new Tool
                {
                    Name = prompt.ToolName,
                    Description = prompt.ToolDescription,
                    InputSchema = InputSchema.FromRawUnchecked(
                        prompt.InputSchema.Deserialize<Dictionary<string, JsonElement>>()
                            ?? throw new InvalidDataException($"Prompt {prompt.Id} has an empty tool schema.")),
                }),
            ],
            ToolChoice = new ToolChoice(new ToolChoiceTool(prompt.ToolName)),
        };
        var box = new RetryAfterBox();
        RetryAfterHandler.Current.Value = box;
        Message message;
        try
        {
            message = await _client.Messages.Create(parameters, cancellationToken).ConfigureAwait(false);
            return Read(message, prompt.ToolName);
        }
        catch (AnthropicApiException error)
        {
            throw Classify(error, box.Delay);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LlmCallException(LlmFailureKind.Timeout, "Claude did not answer within the time limit.", null, error);
        }
        catch (Exception error) when (error is AnthropicIOException or HttpRequestException or IOException)
        {
            throw new LlmCallException(LlmFailureKind.Connection, "The connection to Claude failed.", null, error);
        }
        catch (Exception error) when (error is AnthropicInvalidDataException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new LlmCallException(LlmFailureKind.MalformedOutput, "Claude's answer could not be read.", null, error);
        }
        finally
        {
            RetryAfterHandler.Current.Value = null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static ClaudeToolAnswer Read(Message message, string toolName)
    {
        foreach (var block in message.Content)
        {
            if (block.TryPickToolUse(out var toolUse) && toolUse.Name == toolName)
            {
                var input = JsonSerializer.SerializeToElement(toolUse.Input);
                return new ClaudeToolAnswer(input, message.Usage.InputTokens, message.Usage.OutputTokens);
            }
        }
        throw new LlmCallException(LlmFailureKind.MalformedOutput, $"Claude's answer did not call the tool {toolName}.");
    }

    private static LlmCallException Classify(AnthropicApiException error, TimeSpan? retryAfter)
    {
        var status = (int)error.StatusCode;
        var kind = error switch
        {
            AnthropicRateLimitException => LlmFailureKind.RateLimited,
            AnthropicOverloadedException => LlmFailureKind.Overloaded,
            _ when status == 529 => LlmFailureKind.Overloaded,
            _ when status == (int)HttpStatusCode.TooManyRequests => LlmFailureKind.RateLimited,
            _ when status == (int)HttpStatusCode.RequestTimeout => LlmFailureKind.Timeout,
            _ when status >= 500 => LlmFailureKind.ServerError,
            _ => LlmFailureKind.ClientError,
        };
        // The SDK's message holds the response body; only the status goes into ours.
        return new LlmCallException(kind, $"Claude answered HTTP {status} ({kind.ToLabel()}).", retryAfter, error);
    }
}
