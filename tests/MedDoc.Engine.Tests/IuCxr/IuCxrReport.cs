using System.Text.Json.Serialization;

namespace MedDoc.Engine.Tests.IuCxr;

/// <summary>One line of iu-cxr dev.jsonl (see ../shared/data/iu-cxr/README.md).</summary>
public sealed record IuCxrReport(
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("document_text")] string DocumentText,
    [property: JsonPropertyName("expected_type")] string ExpectedType,
    [property: JsonPropertyName("expected_codes")] IReadOnlyList<string> ExpectedCodes,
    [property: JsonPropertyName("acceptable_codes")] IReadOnlyList<string> AcceptableCodes,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels)
{
    /// <summary>True for a study labelled only "normal".</summary>
    public bool IsNormal => Labels.Count == 1 && Labels[0] == "normal";
}
