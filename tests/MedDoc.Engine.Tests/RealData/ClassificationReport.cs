using System.Globalization;
using System.Text;

namespace MedDoc.Engine.Tests.RealData;

/// <summary>Accuracy per label, the confusion matrix and the reliability table (confidence bins vs accuracy) of a set of outcomes.</summary>
public static class ClassificationReport
{
    /// <summary>Share of correct answers.</summary>
    public static double Accuracy(IReadOnlyCollection<ClassificationOutcome> outcomes) =>
        outcomes.Count == 0 ? 0 : (double)outcomes.Count(outcome => outcome.Correct) / outcomes.Count;

    /// <summary>Accuracy (recall) of each expected label with its document count.</summary>
    public static IReadOnlyDictionary<string, (int Count, double Accuracy)> PerLabel(IEnumerable<ClassificationOutcome> outcomes) => outcomes
        .GroupBy(outcome => outcome.Expected)
        .ToDictionary(group => group.Key, group => (group.Count(), Accuracy(group.ToArray())), StringComparer.Ordinal);

    /// <summary>Expected calibration error over <paramref name="bins"/> equal-width confidence bins.</summary>
    public static double ExpectedCalibrationError(IReadOnlyCollection<ClassificationOutcome> outcomes, int bins = 10) =>
        Bins(outcomes, bins).Sum(bin => (double)bin.Count / outcomes.Count * Math.Abs(bin.MeanConfidence - bin.Accuracy));

    /// <summary>The reliability table: for each non-empty confidence bin, its documents, mean confidence and accuracy.</summary>
    public static IReadOnlyList<(double Low, double High, int Count, double MeanConfidence, double Accuracy)> Bins(IReadOnlyCollection<ClassificationOutcome> outcomes, int bins = 10) => outcomes
        .GroupBy(outcome => Math.Min(bins - 1, (int)Math.Floor(outcome.Confidence * bins)))
        .OrderBy(group => group.Key)
        .Select(group => ((double)group.Key / bins, (double)(group.Key + 1) / bins, group.Count(), group.Average(outcome => outcome.Confidence), Accuracy(group.ToArray())))
        .ToArray();

    /// <summary>The per-label accuracy, confusion matrix and reliability table as Markdown, ids and labels only.</summary>
    public static string Describe(string title, IReadOnlyCollection<ClassificationOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"## {title}: accuracy {Accuracy(outcomes):0.000} (n={outcomes.Count}), ECE {ExpectedCalibrationError(outcomes):0.000}"));
        var labels = outcomes.Select(outcome => outcome.Expected).Concat(outcomes.Select(outcome => outcome.Actual)).Distinct().Order(StringComparer.Ordinal).ToArray();
        text.AppendLine().AppendLine("| expected \\ actual | " + string.Join(" | ", labels) + " | n | accuracy |");
        text.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", labels.Length + 2)));
        foreach (var (label, (count, accuracy)) in PerLabel(outcomes).OrderByDescending(pair => pair.Value.Count))
        {
            var row = labels.Select(actual => outcomes.Count(outcome => outcome.Expected == label && outcome.Actual == actual).ToString(CultureInfo.InvariantCulture));
            text.AppendLine(Invariant($"| {label} | {string.Join(" | ", row)} | {count} | {accuracy:0.000} |"));
        }
        text.AppendLine().AppendLine("| confidence | documents | mean confidence | accuracy |").AppendLine("|---|---|---|---|");
        foreach (var (low, high, count, mean, accuracy) in Bins(outcomes))
        {
            text.AppendLine(Invariant($"| {low:0.0}–{high:0.0} | {count} | {mean:0.000} | {accuracy:0.000} |"));
        }
        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
