using MedDoc.Llm.Prompts;

namespace MedDoc.Llm.Claude;

/// <summary>
/// One request to Claude: a prompt already rendered with the (redacted) document, answered by calling
/// the prompt's tool. Example: (codes@v1, "You are a careful medical coder... Cardiomegaly.").
/// </summary>
public sealed record ClaudeToolRequest(Prompt Prompt, string RenderedPrompt);
