using System.Text.Json;

namespace MedDoc.Llm.Claude;

/// <summary>
/// The input Claude gave the requested tool (a JSON object such as {"codes":[...]}) and the tokens billed.
/// </summary>
public sealed record ClaudeToolAnswer(JsonElement Input, long InputTokens, long OutputTokens);
