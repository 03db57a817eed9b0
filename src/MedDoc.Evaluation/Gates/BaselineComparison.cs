using System.Text.Json;
using MedDoc.Evaluation.Metrics;

namespace MedDoc.Evaluation.Gates;

/// <summary>
/// Compares a run with a baseline report: fails when accuracy or exact codes micro-F1 dropped by more
/// than the tolerance (default 0.01), and names every document whose type or codes changed.
/// </summary>
public static class BaselineComparison
{
    /// <summary>The default tolerated drop.</summary>
    public const double DefaultTolerance = 0.01;

    /// <summary>Reads the parts of a report.json the comparison needs.</summary>
    public static BaselineReport Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var metrics = root.GetProperty("metrics");
            var accuracy = metrics.GetProperty("classification").GetProperty("accuracy").GetDouble();
            var f1 = metrics.GetProperty("codes").GetProperty("exact").GetProperty("f1").GetDouble();
            var documents = root.GetProperty("documents").EnumerateArray().Select(document => new BaselineDocument(
                document.GetProperty("id").GetString() ?? string.Empty,
                document.GetProperty("predicted_type").GetString(),
                document.GetProperty("returned_codes").EnumerateArray().Select(code => code.GetString() ?? string.Empty).ToArray(),
                document.GetProperty("passed").GetBoolean())).ToArray();
            return new BaselineReport(path, accuracy, f1, documents);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EvaluationInputException($"{path}: cannot read the baseline report ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new EvaluationInputException($"{path}: not a report.json of this harness (metrics.classification.accuracy, metrics.codes.exact.f1 and documents[] with id, predicted_type, returned_codes, passed are required)", ex);
        }
    }

    /// <summary>Compares <paramref name="current"/> with <paramref name="baseline"/>.</summary>
    public static RegressionResult Compare(EvaluationMetrics metrics, IReadOnlyList<DocumentResult> current, BaselineReport baseline, double tolerance = DefaultTolerance)
    {
        const double epsilon = 1e-9;
        var accuracy = metrics.Classification.Accuracy;
        var f1 = metrics.Codes.Exact.F1;
        var reasons = new List<string>();
        if (baseline.Accuracy - accuracy > tolerance + epsilon)
        {
            reasons.Add($"accuracy dropped from {baseline.Accuracy:0.000} to {accuracy:0.000} (tolerance {tolerance:0.000})");
        }
        if (baseline.F1 - f1 > tolerance + epsilon)
        {
            reasons.Add($"f1 dropped from {baseline.F1:0.000} to {f1:0.000} (tolerance {tolerance:0.000})");
        }
        var before = baseline.Documents.GroupBy(document => document.Id).ToDictionary(group => group.Key, group => group.First());
        var changed = new List<ChangedDocument>();
        foreach (var result in current)
        {
            if (!before.TryGetValue(result.Id, out var old))
            {
                continue;
            }
            var sameType = string.Equals(old.PredictedType, result.PredictedType, StringComparison.OrdinalIgnoreCase);
            var oldCodes = old.ReturnedCodes.Select(CodeScorer.Normalize).Order(StringComparer.Ordinal).ToArray();
            if (sameType && oldCodes.SequenceEqual(result.ReturnedCodes))
            {
                continue;
            }
            var direction = old.Passed == result.Passed ? "changed" : old.Passed ? "regressed" : "improved";
            changed.Add(new ChangedDocument(result.Id, old.PredictedType, result.PredictedType, oldCodes, result.ReturnedCodes, direction));
        }
        return new RegressionResult(reasons.Count == 0, baseline.Path, tolerance, baseline.Accuracy, accuracy, baseline.F1, f1, reasons, changed);
    }
}
