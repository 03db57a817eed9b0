using System.Text.Json;
using MedDoc.Contracts;

namespace MedDoc.Cli.Batches;

/// <summary>
/// One line of the results file: the document's place, name and status, and its analysis or why it failed. The
/// analysis is the HTTP contract's (what the API stores and its JSON Lines results carry), so a results file reads
/// the same in-process or through the API (docs/decisions/016-shared-contracts-project.md).
/// </summary>
public sealed record BatchLine(int Index, string Filename, string Status, string? FailureReason, AnalysisResponse? Analysis)
{
    public const string Done = "done";
    public const string Failed = "failed";

    public static BatchLine Success(int index, string filename, AnalysisResponse analysis) => new(index, filename, Done, null, analysis);

    public static BatchLine Failure(int index, string filename, string reason) => new(index, filename, Failed, reason, null);

    /// <summary>Writes the line's object in the contract's wire format (<see cref="ContractJson"/>) without the newline.</summary>
    public void Write(Utf8JsonWriter writer)
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
            JsonSerializer.Serialize(writer, Analysis, ContractJson.Options);
        }
        writer.WriteEndObject();
    }
}
