using System.Text.Json;

namespace MedDoc.Evaluation.Gates;

/// <summary>Reads a thresholds file; a missing or malformed key throws <see cref="EvaluationInputException"/> naming the file and key.</summary>
public static class ThresholdsReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static Thresholds Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EvaluationInputException($"{path}: cannot read the thresholds ({ex.Message})", ex);
        }
        return Parse(text, path);
    }

    /// <summary>Parses thresholds JSON; <paramref name="source"/> names it in errors.</summary>
    public static Thresholds Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EvaluationInputException($"{source}: expected a JSON object");
            }
            return new Thresholds(
                Fraction(root, "accuracy", source) ?? throw new EvaluationInputException($"{source}: key 'accuracy' is missing"),
                Fraction(root, "f1", source) ?? throw new EvaluationInputException($"{source}: key 'f1' is missing"),
                Fraction(root, "f1_category", source),
                Fraction(root, "evidence_validity", source),
                Fraction(root, "clean_fp_rate", source));
        }
        catch (JsonException ex)
        {
            throw new EvaluationInputException($"{source}: invalid JSON at line {ex.LineNumber + 1}");
        }
    }

    private static double? Fraction(JsonElement root, string key, string source)
    {
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number < 0 || number > 1)
        {
            throw new EvaluationInputException($"{source}: key '{key}' must be a number between 0 and 1");
        }
        return number;
    }
}
