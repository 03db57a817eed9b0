using System.Globalization;
using System.Text.Json;

namespace MedDoc.Llm.Prompts;

/// <summary>The prompts embedded in MedDoc.Llm: classify, codes and summarize, read once.</summary>
public sealed class PromptLibrary
{
    /// <summary>The embedded prompts.</summary>
    public static PromptLibrary Embedded { get; } = new(Load("classify"), Load("codes"), Load("summarize"));

    private PromptLibrary(Prompt classify, Prompt codes, Prompt summarize)
    {
        Classify = classify;
        Codes = codes;
        Summarize = summarize;
    }

    /// <summary>Document type with confidence and rationale (tool record_classification).</summary>
    public Prompt Classify { get; }

    /// <summary>ICD-10-CM codes with verbatim evidence (tool record_codes).</summary>
    public Prompt Codes { get; }

    /// <summary>Summary and key findings (tool record_summary).</summary>
    public Prompt Summarize { get; }

    /// <summary>All three, for listing and tests.</summary>
    public IReadOnlyList<Prompt> All => [Classify, Codes, Summarize];

    /// <summary>Parses a prompt file: "---" front matter (name, version, tool, tool_description), "---", template.</summary>
    public static Prompt Parse(string markdown, string schemaJson)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            throw new InvalidDataException("A prompt file must start with a '---' front matter block.");
        }
        var close = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        if (close < 0)
        {
            throw new InvalidDataException("The front matter block of a prompt file is not closed by '---'.");
        }
        var fields = lines[1..close]
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);
        string Field(string key) => fields.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidDataException($"The prompt front matter lacks '{key}'.");
        var template = string.Join('\n', lines[(close + 1)..]).Trim() + "\n";
        if (!template.Contains("{document_text}", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Prompt '{Field("name")}' has no {{document_text}} placeholder.");
        }
        using var schema = JsonDocument.Parse(schemaJson);
        return new Prompt(
            Field("name"),
            int.Parse(Field("version"), NumberStyles.None, CultureInfo.InvariantCulture),
            Field("tool"),
            Field("tool_description"),
            template,
            schema.RootElement.Clone());
    }

    private static Prompt Load(string name) => Parse(Read(name + ".md"), Read(name + ".schema.json"));

    private static string Read(string file)
    {
        var assembly = typeof(PromptLibrary).Assembly;
        using var stream = assembly.GetManifestResourceStream("MedDoc.Llm.Prompts." + file)
            ?? throw new InvalidDataException($"Prompt file {file} is not embedded in MedDoc.Llm.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
