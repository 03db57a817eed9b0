using System.Text.Json;
using MedDoc.Engine;
using MedDoc.Llm.Claude;

namespace MedDoc.Llm.Validation;

/// <summary>
/// Reads the tool inputs Claude returned into engine records. A top-level shape that breaks the tool's
/// schema is a <see cref="LlmFailureKind.MalformedOutput"/> failure; a single malformed code item is kept
/// as a claim without a code so that it is counted and dropped.
/// </summary>
public static class ClaudeAnswerReader
{
    /// <summary>{"document_type":"X-RAY","confidence":0.9,"rationale":"..."} → DocumentClassification.</summary>
    public static DocumentClassification ReadClassification(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object ||
            !input.TryGetProperty("document_type", out var label) || label.ValueKind != JsonValueKind.String ||
            !DocumentTypes.TryParse(label.GetString(), out var type))
        {
            throw Malformed("record_classification needs a known document_type");
        }
        var confidence = ReadConfidence(input, 0.5);
        var rationale = input.TryGetProperty("rationale", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()!.Trim()
            : string.Empty;
        return new DocumentClassification(type, confidence, rationale.Length > 0 ? $"Claude: {rationale}" : "Claude's classification.");
    }

    /// <summary>{"codes":[{"code":"J90","evidence":["..."],"basis":"documented","confidence":0.9}]} → claims.</summary>
    public static IReadOnlyList<LlmCodeClaim> ReadCodes(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object || !input.TryGetProperty("codes", out var codes) || codes.ValueKind != JsonValueKind.Array)
        {
            throw Malformed("record_codes needs a codes array");
        }
        var claims = new List<LlmCodeClaim>();
        foreach (var item in codes.EnumerateArray())
        {
            claims.Add(ReadClaim(item));
        }
        return claims;
    }

    /// <summary>{"summary":"...","key_findings":["..."]} → DocumentSummary.</summary>
    public static DocumentSummary ReadSummary(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object || !input.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.String)
        {
            throw Malformed("record_summary needs a summary string");
        }
        var keyFindings = input.TryGetProperty("key_findings", out var findings) && findings.ValueKind == JsonValueKind.Array
            ? findings.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String)
                .Select(item => item.GetString()!.Trim()).Where(item => item.Length > 0).Take(6).ToArray()
            : [];
        var text = summary.GetString()!.Trim();
        return new DocumentSummary(text.Length > 400 ? text[..400] : text, keyFindings);
    }

    private static LlmCodeClaim ReadClaim(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object ||
            !item.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String ||
            !item.TryGetProperty("evidence", out var evidence))
        {
            return new LlmCodeClaim(null, [], CodeBasis.Documented, 0);
        }
        var quotes = evidence.ValueKind switch
        {
            JsonValueKind.Array => evidence.EnumerateArray().Select(quote => quote.ValueKind == JsonValueKind.String ? quote.GetString()! : string.Empty).ToArray(),
            JsonValueKind.String => [evidence.GetString()!],
            _ => null,
        };
        if (quotes is null)
        {
            return new LlmCodeClaim(null, [], CodeBasis.Documented, 0);
        }
        var basis = item.TryGetProperty("basis", out var basisText) && basisText.ValueKind == JsonValueKind.String &&
                    basisText.GetString() == "lab_value"
            ? CodeBasis.LabValue
            : CodeBasis.Documented;
        return new LlmCodeClaim(code.GetString(), quotes, basis, ReadConfidence(item, 0.5));
    }

    private static double ReadConfidence(JsonElement input, double fallback) =>
        input.TryGetProperty("confidence", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)
            ? Math.Clamp(number, 0, 1)
            : fallback;

    private static LlmCallException Malformed(string what) =>
        new(LlmFailureKind.MalformedOutput, $"Claude's answer broke the tool schema: {what}.");
}
