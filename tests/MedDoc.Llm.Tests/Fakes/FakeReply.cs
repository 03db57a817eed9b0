using System.Text.Json;

namespace MedDoc.Llm.Tests.Fakes;

/// <summary>What the fake Anthropic server answers to one request.</summary>
public sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, bool Hang = false, TimeSpan Delay = default)
{
    private static int _ids;

    /// <summary>A realistic Messages API answer that calls <paramref name="tool"/> with <paramref name="input"/>.</summary>
    public static FakeReply ToolUse(string tool, object input, long inputTokens = 812, long outputTokens = 96)
    {
        var id = Interlocked.Increment(ref _ids);
        var message = new Dictionary<string, object?>
        {
            ["id"] = $"msg_fake_{id}",
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = "claude-sonnet-5-5",
            ["content"] = new object[]
            {
                new Dictionary<string, object?> { ["type"] = "text", ["text"] = "I'll record the answer with the tool." },
                new Dictionary<string, object?> { ["type"] = "tool_use", ["id"] = $"toolu_fake_{id}", ["name"] = tool, ["input"] = input },
            },
            ["stop_reason"] = "tool_use",
            ["stop_sequence"] = null,
            ["usage"] = new Dictionary<string, object?> { ["input_tokens"] = inputTokens, ["output_tokens"] = outputTokens },
        };
        return new FakeReply(200, JsonSerializer.Serialize(message));
    }

    /// <summary>An API error such as 529 overloaded_error, optionally with headers (retry-after).</summary>
    public static FakeReply Error(int status, IReadOnlyDictionary<string, string>? headers = null)
    {
        var type = status switch
        {
            429 => "rate_limit_error",
            529 => "overloaded_error",
            401 => "authentication_error",
            400 => "invalid_request_error",
            _ => "api_error",
        };
        var body = JsonSerializer.Serialize(new { type = "error", error = new { type, message = $"fake {status}" } });
        return new FakeReply(status, body, headers);
    }

    /// <summary>A request that never gets an answer (until the client gives up).</summary>
    public static FakeReply Hanging() => new(200, string.Empty, Hang: true);
}
