using System.IO.Compression;
using System.Text.Json;
using MedDoc.Engine.Coding;

namespace MedDoc.Evaluation.RealSets;

/// <summary>
/// Reads a real set: gzip-compressed JSON Lines, one document a line with <c>id</c> and <c>document_text</c> and at least
/// one of <c>expected_type</c>, <c>expected_codes</c> and <c>site_categories</c> (the format of ../shared/data/real and
/// its README). Any problem throws <see cref="EvaluationInputException"/> naming the file, the line and the field, never
/// document text.
/// </summary>
public static class RealSetReader
{
    /// <summary>True when the file at <paramref name="path"/> starts with the gzip magic bytes (a real set rather than a plain dataset).</summary>
    public static bool IsGzip(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EvaluationInputException($"{path}: cannot read the dataset ({ex.Message})", ex);
        }
    }

    /// <summary>Reads the real set at <paramref name="path"/>.</summary>
    public static RealSet Read(string path)
    {
        var documents = new List<RealSetDocument>();
        var lineNumber = 0;
        try
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Trim().Length > 0)
                {
                    documents.Add(Parse(line, path, lineNumber));
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new EvaluationInputException($"{path}: not a readable gzip file after line {lineNumber} ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EvaluationInputException($"{path}: cannot read the dataset ({ex.Message})", ex);
        }
        if (documents.Count == 0)
        {
            throw new EvaluationInputException($"{path}: the real set has no documents");
        }
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return new RealSet(dot > 0 ? name[..dot] : name, path, documents);
    }

    private static RealSetDocument Parse(string line, string path, int lineNumber)
    {
        string Where(string field) => $"{path}: line {lineNumber}, field '{field}'";
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new EvaluationInputException($"{path}: line {lineNumber}: invalid JSON at byte {ex.BytePositionInLine + 1}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EvaluationInputException($"{path}: line {lineNumber}: expected a JSON object, found {root.ValueKind}");
            }
            var id = String(root, "id", Where) ?? throw new EvaluationInputException($"{Where("id")}: missing");
            var text = String(root, "document_text", Where) ?? throw new EvaluationInputException($"{Where("document_text")}: missing");
            var type = String(root, "expected_type", Where);
            var codes = Codes(root, "expected_codes", Where);
            var sites = Codes(root, "site_categories", Where);
            if (type is null && codes is null && sites is null)
            {
                throw new EvaluationInputException($"{path}: line {lineNumber}: no labels (expected_type, expected_codes or site_categories)");
            }
            return new RealSetDocument(id, text, type?.Trim().ToUpperInvariant(), codes, sites);
        }
    }

    private static string? String(JsonElement root, string field, Func<string, string> where)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new EvaluationInputException($"{where(field)}: expected a string, found {value.ValueKind}");
    }

    private static string[]? Codes(JsonElement root, string field, Func<string, string> where)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new EvaluationInputException($"{where(field)}: expected an array of strings, found {value.ValueKind}");
        }
        var codes = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var code = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : "";
            if (code.Length < 3)
            {
                throw new EvaluationInputException($"{where(field)}[{codes.Count}]: expected an ICD-10-CM code or category");
            }
            codes.Add(IcdCatalog.WithDot(code));
        }
        return [.. codes];
    }
}
