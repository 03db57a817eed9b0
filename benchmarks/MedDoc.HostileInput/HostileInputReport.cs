using System.Globalization;
using System.Text;

namespace MedDoc.HostileInput;

/// <summary>The measurements as a Markdown table, ready for docs/ and the issue note.</summary>
public static class HostileInputReport
{
    private const double MiB = 1024 * 1024;

    public static string Markdown(IReadOnlyList<CaseResult> results, DisconnectResult disconnect, int cores, string loadAverage)
    {
        var report = new StringBuilder();
        report.AppendLine(Invariant($"hostile-input: {cores} cores, load average {loadAverage}"));
        report.AppendLine();
        report.AppendLine("| row | input | expected | answered | time (s) | peak growth (MB) | resident after (MB) | targets |");
        report.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var result in results)
        {
            var answered = string.Join(", ", result.Statuses.GroupBy(status => status).OrderBy(group => group.Key)
                .Select(group => group.Count() == 1 ? Invariant($"{group.Key}") : Invariant($"{group.Count()} × {group.Key}")));
            report.AppendLine(Invariant(
                $"| {result.Case.Row} | {result.Case.Input} | {result.Case.ExpectedStatus} | {answered} | {result.Elapsed.TotalSeconds:0.00} | {result.GrowthBytes / MiB:0} | {result.AfterBytes / MiB:0} | {(result.MeetsTargets ? "met" : "MISSED")} |"));
        }
        report.AppendLine();
        var quiet = disconnect.QuietAfter is { } after ? Invariant($"{after.TotalSeconds:0.0} s") : "not within 60 s";
        report.AppendLine(Invariant(
            $"Disconnect: {disconnect.Input} — answered {disconnect.UncancelledStatus} in {disconnect.UncancelledElapsed.TotalSeconds:0.00} s when the client waited; a client that left after {disconnect.ClientLeftAfter.TotalSeconds:0.0} s: server CPU quiet {quiet} later (target ≤ {DisconnectResult.Target.TotalSeconds:0} s) — {(disconnect.MeetsTarget ? "met" : "MISSED")}."));
        return report.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
