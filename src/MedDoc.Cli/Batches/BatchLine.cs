using System.Text.Json;
using MedDoc.Engine;

namespace MedDoc.Cli.Batches;

/// <summary>One line of the results file: the document's place, name and status, and its analysis or why it failed.</summary>
public sealed record BatchLine(int Index, string Filename, string Status, string? FailureReason, AnalysisResult? Analysis)
{
    public const string Done = "done";
    public const string Failed = "failed";

    public static BatchLine Success(int index, string filename, AnalysisResult analysis) => new(index, filename, Done, null, analysis);

    public static BatchLine Failure(int index, string filename, string reason) => new(index, filename, Failed, reason, null);

    /// <summary>Writes the line's object (snake_case, as the API's JSON Lines results) without the newline.</summary>
    public void Write(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", Index);
        writer.WriteString("filename", Filename);
        writer.WriteString("status", Status);
        if (FailureReason is not null)
        {
            writer.WriteString("failure_reason", FailureReason);
        }
        if (Analysis is not null)
        {
            writer.WritePropertyName("analysis");
            JsonSerializer.Serialize(writer, Analysis, options);
        }
        writer.WriteEndObject();
    }
}
