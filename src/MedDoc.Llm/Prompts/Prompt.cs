using System.Text.Json;

namespace MedDoc.Llm.Prompts;

/// <summary>
/// One versioned prompt file (Prompts/{name}.md with front matter) and the JSON schema of the tool its
/// answer must call (Prompts/{name}.schema.json). Example: Prompt("codes", 1, "record_codes", ...).
/// A change to either file bumps <see cref="Version"/>, which is part of the answer cache key.
/// </summary>
public sealed record Prompt(string Name, int Version, string ToolName, string ToolDescription, string Template, JsonElement InputSchema)
{
    /// <summary>Name and version as one label ("codes@v1").</summary>
    public string Id => $"{Name}@v{Version}";

    /// <summary>
    /// The prompt with {document_type} and then {document_text} filled in; the document goes in last so
    /// braces inside it are never treated as placeholders.
    /// </summary>
    public string Render(string documentText, string documentType) =>
        Template.Replace("{document_type}", documentType, StringComparison.Ordinal)
            .Replace("{document_text}", documentText, StringComparison.Ordinal);
}
