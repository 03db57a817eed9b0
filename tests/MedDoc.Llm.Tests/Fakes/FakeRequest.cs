using System.Text.Json;

namespace MedDoc.Llm.Tests.Fakes;

/// <summary>One request the fake Anthropic server received: its raw body, the forced tool, the 1-based arrival number and its Stopwatch timestamp.</summary>
public sealed record FakeRequest(string Body, string? ToolName, int Number, long ReceivedTimestamp = 0)
{
    /// <summary>Reads the tool_choice name from a Messages API request body.</summary>
    public static string? ReadToolName(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("tool_choice", out var choice) && choice.TryGetProperty("name", out var name)
                ? name.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
