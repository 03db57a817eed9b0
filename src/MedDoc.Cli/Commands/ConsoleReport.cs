using System.Globalization;
using MedDoc.Evaluation.Reports;
using Spectre.Console;

namespace MedDoc.Cli.Commands;

/// <summary>The eval result as a console table, followed by the verdict and the first failed documents.</summary>
public static class ConsoleReport
{
    private const int FailuresShown = 15;

    /// <summary>Writes <paramref name="report"/> to the context's output.</summary>
    public static void Write(CliContext context, EvaluationReport report, string thresholdsSource)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = context.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(context.Output),
        });
        var m = report.Metrics;
        var table = new Table().Title(Markup.Escape($"{report.Dataset.Name}: {report.Dataset.NumExamples} documents, target {report.Target}"))
            .AddColumn("metric").AddColumn(new TableColumn("value").RightAligned()).AddColumn("gate");
        var gates = report.Gate.Checks.ToDictionary(check => check.Metric);
        string Gate(string metric) => gates.TryGetValue(metric, out var check)
            ? $"{(check.IsMaximum ? "≤" : "≥")} {F(check.Limit)} {(check.Passed ? "pass" : "FAIL")}"
            : string.Empty;
        table.AddRow("accuracy", $"{F(m.Classification.Accuracy)} ({m.Classification.Correct}/{m.Classification.Total})", Gate("accuracy"));
        table.AddRow("codes P / R / F1 (exact, micro)", $"{F(m.Codes.Exact.Precision)} / {F(m.Codes.Exact.Recall)} / {F(m.Codes.Exact.F1)}", Gate("f1"));
        table.AddRow("codes P / R / F1 (exact, macro)", $"{F(m.Codes.Exact.MacroPrecision)} / {F(m.Codes.Exact.MacroRecall)} / {F(m.Codes.Exact.MacroF1)}", string.Empty);
        table.AddRow("codes P / R / F1 (category, micro)", $"{F(m.Codes.Category.Precision)} / {F(m.Codes.Category.Recall)} / {F(m.Codes.Category.F1)}", Gate("f1_category"));
        table.AddRow("FP rate, docs with no expected code", $"{F(m.CleanFpRate)} (of {m.CleanDocuments})", Gate("clean_fp_rate"));
        if (m.NormalFpRate is { } normal)
        {
            table.AddRow("any code on reports labelled normal", F(normal), string.Empty);
        }
        table.AddRow("evidence validity", $"{F(m.EvidenceValidity)} ({m.CodesReturned} codes)", Gate("evidence_validity"));
        table.AddRow("latency p50 / p95", string.Create(CultureInfo.InvariantCulture, $"{m.Latency.P50Ms:0.0} / {m.Latency.P95Ms:0.0} ms"), string.Empty);
        table.AddRow("documents per second", m.Latency.DocumentsPerSecond.ToString("0.0", CultureInfo.InvariantCulture), string.Empty);
        table.AddRow("errors", m.Errors.ToString(CultureInfo.InvariantCulture), string.Empty);
        if (m.Llm is { } llm)
        {
            table.AddRow("LLM calls / tokens in / out", $"{llm.Calls} / {llm.InputTokens} / {llm.OutputTokens}", string.Empty);
        }
        console.Write(table);
        var output = context.Output;

        if (report.Regression is { } regression)
        {
            output.WriteLine(Invariant($"baseline {regression.BaselinePath}: accuracy {regression.BaselineAccuracy:0.000} -> {regression.CurrentAccuracy:0.000}, f1 {regression.BaselineF1:0.000} -> {regression.CurrentF1:0.000}; {regression.ChangedDocuments.Count} documents changed"));
            foreach (var reason in regression.Reasons)
            {
                output.WriteLine($"  regression: {reason}");
            }
            foreach (var changed in regression.ChangedDocuments.OrderBy(document => document.Direction == "regressed" ? 0 : 1).Take(FailuresShown))
            {
                output.WriteLine($"  {changed.Direction}: {changed.Id} {changed.BaselineType} [{string.Join(", ", changed.BaselineCodes)}] -> {changed.CurrentType} [{string.Join(", ", changed.CurrentCodes)}]");
            }
        }
        foreach (var failed in report.FailedDocuments.Take(FailuresShown))
        {
            output.WriteLine($"  failed {failed.Id}: {string.Join("; ", failed.Reasons)}");
        }
        if (report.FailedDocuments.Count > FailuresShown)
        {
            output.WriteLine($"  ... {report.FailedDocuments.Count - FailuresShown} more failed documents in report.json");
        }
        output.WriteLine($"thresholds: {thresholdsSource}");
        output.WriteLine(report.Passed ? "GATE PASSED" : "GATE FAILED");
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
