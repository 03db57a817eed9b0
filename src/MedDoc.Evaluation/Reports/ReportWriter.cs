using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedDoc.Evaluation.Reports;

/// <summary>Writes report.json and summary.md (a CI job summary) into an output folder.</summary>
public static class ReportWriter
{
    /// <summary>At most this many failed documents are listed in summary.md (all are in report.json).</summary>
    public const int MaxFailuresInSummary = 40;

    /// <summary>Writes both files into <paramref name="directory"/>, creating it.</summary>
    public static async Task WriteAsync(EvaluationReport report, string directory, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(Path.Combine(directory, "report.json"), ToJson(report), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(directory, "summary.md"), ToMarkdown(report), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EvaluationInputException($"{directory}: cannot write the report ({ex.Message})", ex);
        }
    }

    /// <summary>The report as indented snake_case JSON.</summary>
    public static string ToJson(EvaluationReport report) => JsonSerializer.Serialize(report, ReportJson.Options);

    /// <summary>The Markdown summary of a report.</summary>
    public static string ToMarkdown(EvaluationReport report)
    {
        var m = report.Metrics;
        var md = new StringBuilder();
        md.AppendLine(Invariant($"## MedDoc eval: {report.Dataset.Name} — {(report.Passed ? "PASSED" : "FAILED")}"));
        md.AppendLine();
        md.AppendLine(Invariant($"{report.Dataset.NumExamples} documents · target {report.Target} · engine {report.EngineVersion} · commit `{Short(report.GitCommit)}` · dataset sha256 `{Short(report.Dataset.Sha256)}`"));
        md.AppendLine();
        md.AppendLine("| gate | actual | limit | result |");
        md.AppendLine("|---|---|---|---|");
        foreach (var check in report.Gate.Checks)
        {
            md.AppendLine(Invariant($"| {check.Metric} | {check.Actual:0.000} | {(check.IsMaximum ? "≤" : "≥")} {check.Limit:0.000} | {(check.Passed ? "pass" : "**FAIL**")} |"));
        }
        md.AppendLine();
        md.AppendLine("| metric | value |");
        md.AppendLine("|---|---|");
        md.AppendLine(Invariant($"| classification accuracy | {m.Classification.Accuracy:0.000} ({m.Classification.Correct}/{m.Classification.Total}) |"));
        md.AppendLine(Invariant($"| codes exact P / R / F1 (micro) | {m.Codes.Exact.Precision:0.000} / {m.Codes.Exact.Recall:0.000} / {m.Codes.Exact.F1:0.000} |"));
        md.AppendLine(Invariant($"| codes exact P / R / F1 (macro) | {m.Codes.Exact.MacroPrecision:0.000} / {m.Codes.Exact.MacroRecall:0.000} / {m.Codes.Exact.MacroF1:0.000} |"));
        md.AppendLine(Invariant($"| codes category P / R / F1 (micro) | {m.Codes.Category.Precision:0.000} / {m.Codes.Category.Recall:0.000} / {m.Codes.Category.F1:0.000} |"));
        md.AppendLine(Invariant($"| codes category P / R / F1 (macro) | {m.Codes.Category.MacroPrecision:0.000} / {m.Codes.Category.MacroRecall:0.000} / {m.Codes.Category.MacroF1:0.000} |"));
        md.AppendLine(Invariant($"| false-positive rate, documents with no expected code | {m.CleanFpRate:0.000} (of {m.CleanDocuments}) |"));
        if (m.NormalFpRate is { } normal)
        {
            md.AppendLine(Invariant($"| any code on reports labelled normal | {normal:0.000} |"));
        }
        md.AppendLine(Invariant($"| evidence validity | {m.EvidenceValidity:0.000} ({m.CodesReturned} codes) |"));
        md.AppendLine(Invariant($"| latency p50 / p95 | {m.Latency.P50Ms:0.0} ms / {m.Latency.P95Ms:0.0} ms |"));
        md.AppendLine(Invariant($"| documents per second | {m.Latency.DocumentsPerSecond:0.0} |"));
        md.AppendLine(Invariant($"| errors | {m.Errors} |"));
        if (m.Llm is { } llm)
        {
            md.AppendLine(Invariant($"| LLM calls / input tokens / output tokens | {llm.Calls} / {llm.InputTokens} / {llm.OutputTokens} |"));
        }
        md.AppendLine();
        md.AppendLine("| type | precision | recall | F1 | support |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var label in m.Classification.PerLabel)
        {
            md.AppendLine(Invariant($"| {label.Label} | {label.Precision:0.000} | {label.Recall:0.000} | {label.F1:0.000} | {label.Support} |"));
        }
        if (report.Regression is { } regression)
        {
            md.AppendLine();
            md.AppendLine(Invariant($"### Baseline comparison — {(regression.Passed ? "no regression" : "REGRESSION")}"));
            md.AppendLine(Invariant($"accuracy {regression.BaselineAccuracy:0.000} → {regression.CurrentAccuracy:0.000}, f1 {regression.BaselineF1:0.000} → {regression.CurrentF1:0.000} (tolerance {regression.Tolerance:0.000})"));
            foreach (var reason in regression.Reasons)
            {
                md.AppendLine(Invariant($"- {reason}"));
            }
            foreach (var changed in regression.ChangedDocuments)
            {
                md.AppendLine(Invariant($"- `{changed.Id}` {changed.Direction}: {changed.BaselineType} [{string.Join(", ", changed.BaselineCodes)}] → {changed.CurrentType} [{string.Join(", ", changed.CurrentCodes)}]"));
            }
        }
        md.AppendLine();
        md.AppendLine(Invariant($"### Failed documents ({report.FailedDocuments.Count})"));
        foreach (var failed in report.FailedDocuments.Take(MaxFailuresInSummary))
        {
            md.AppendLine(Invariant($"- `{failed.Id}`: {string.Join("; ", failed.Reasons)}"));
        }
        if (report.FailedDocuments.Count > MaxFailuresInSummary)
        {
            md.AppendLine(Invariant($"- … {report.FailedDocuments.Count - MaxFailuresInSummary} more in report.json"));
        }
        return md.ToString();
    }

    private static string Short(string value) => value.Length > 12 ? value[..12] : value;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
