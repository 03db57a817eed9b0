using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MedDoc.Engine;

namespace MedDoc.Evaluation.Datasets;

/// <summary>
/// Reads an evaluation dataset: a JSON array of records (synthetic_v1.json) or JSON Lines, one record
/// per line (iu-cxr dev.jsonl). Required fields: document_text, expected_type (one of the 12 labels),
/// expected_codes; optional: acceptable_codes, id (or uid), labels, notes. Any problem throws
/// <see cref="EvaluationInputException"/> naming the file, the record index (0-based) and the field.
/// </summary>
public static class DatasetReader
{
    /// <summary>Reads the dataset at <paramref name="path"/>.</summary>
    public static EvalDataset Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EvaluationInputException($"{path}: cannot read the dataset ({ex.Message})", ex);
        }
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var documents = Parse(bytes, path);
        return new EvalDataset(name, path, Convert.ToHexStringLower(SHA256.HashData(bytes)), documents);
    }

    /// <summary>Parses dataset bytes; <paramref name="source"/> names the input in error messages.</summary>
    public static IReadOnlyList<EvalDocument> Parse(byte[] bytes, string source)
    {
        var text = new UTF8Encoding(false, true).GetString(StripBom(bytes));
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0)
        {
            throw new EvaluationInputException($"{source}: the dataset is empty");
        }
        return trimmed[0] == '[' ? ParseArray(text, source) : ParseLines(text, source);
    }

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    private static List<EvalDocument> ParseArray(string text, string source)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new EvaluationInputException($"{source}: invalid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}");
        }
        using (json)
        {
            var documents = new List<EvalDocument>();
            var index = 0;
            foreach (var element in json.RootElement.EnumerateArray())
            {
                documents.Add(ToDocument(element, source, index));
                index++;
            }
            return documents;
        }
    }

    private static List<EvalDocument> ParseLines(string text, string source)
    {
        var documents = new List<EvalDocument>();
        var lines = text.Split('\n');
        for (var lineNumber = 0; lineNumber < lines.Length; lineNumber++)
        {
            var line = lines[lineNumber].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var index = documents.Count;
            try
            {
                using var json = JsonDocument.Parse(line);
                documents.Add(ToDocument(json.RootElement, source, index));
            }
            catch (JsonException ex)
            {
                throw new EvaluationInputException($"{source}: record {index} (line {lineNumber + 1}): invalid JSON at byte {ex.BytePositionInLine + 1}");
            }
        }
        return documents;
    }

    private static EvalDocument ToDocument(JsonElement element, string source, int index)
    {
        string Where(string field) => $"{source}: record {index}, field '{field}'";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new EvaluationInputException($"{source}: record {index}: expected a JSON object, found {element.ValueKind}");
        }
        var text = RequiredString(element, "document_text", Where);
        var expectedType = RequiredString(element, "expected_type", Where);
        if (!DocumentTypes.TryParse(expectedType, out _))
        {
            throw new EvaluationInputException($"{Where("expected_type")}: '{expectedType}' is not one of the 12 document labels");
        }
        var expected = StringArray(element, "expected_codes", required: true, Where);
        var acceptable = StringArray(element, "acceptable_codes", required: false, Where);
        var labels = element.TryGetProperty("labels", out _) ? StringArray(element, "labels", required: false, Where) : null;
        var id = ReadId(element, Where) ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new EvalDocument(id, text, expectedType.Trim().ToUpperInvariant(), expected, acceptable, labels);
    }

    private static string? ReadId(JsonElement element, Func<string, string> where)
    {
        foreach (var field in new[] { "id", "uid" })
        {
            if (!element.TryGetProperty(field, out var value))
            {
                continue;
            }
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => throw new EvaluationInputException($"{where(field)}: expected a string or a number, found {value.ValueKind}"),
            };
        }
        return null;
    }

    private static string RequiredString(JsonElement element, string field, Func<string, string> where)
    {
        if (!element.TryGetProperty(field, out var value))
        {
            throw new EvaluationInputException($"{where(field)}: missing");
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new EvaluationInputException($"{where(field)}: expected a string, found {value.ValueKind}");
        }
        return value.GetString()!;
    }

    private static string[] StringArray(JsonElement element, string field, bool required, Func<string, string> where)
    {
        if (!element.TryGetProperty(field, out var value) || (!required && value.ValueKind == JsonValueKind.Null))
        {
            return required ? throw new EvaluationInputException($"{where(field)}: missing") : [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new EvaluationInputException($"{where(field)}: expected an array of strings, found {value.ValueKind}");
        }
        var items = new List<string>();
        var position = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new EvaluationInputException($"{where(field)}[{position}]: expected a string, found {item.ValueKind}");
            }
            items.Add(item.GetString()!.Trim());
            position++;
        }
        return [.. items];
    }
}
