using MedDoc.Evaluation.Metrics;

namespace MedDoc.Evaluation.Gates;

/// <summary>Applies <see cref="Thresholds"/> to metrics: accuracy ≥, exact micro-F1 ≥, and the optional limits.</summary>
public static class Gate
{
    /// <summary>Checks <paramref name="metrics"/> against <paramref name="thresholds"/>.</summary>
    public static GateResult Apply(EvaluationMetrics metrics, Thresholds thresholds)
    {
        var checks = new List<GateCheck>
        {
            AtLeast("accuracy", metrics.Classification.Accuracy, thresholds.Accuracy),
            AtLeast("f1", metrics.Codes.Exact.F1, thresholds.F1),
        };
        if (thresholds.F1Category is { } f1Category)
        {
            checks.Add(AtLeast("f1_category", metrics.Codes.Category.F1, f1Category));
        }
        if (thresholds.EvidenceValidity is { } evidence)
        {
            checks.Add(AtLeast("evidence_validity", metrics.EvidenceValidity, evidence));
        }
        if (thresholds.CleanFpRate is { } cleanFp)
        {
            checks.Add(new GateCheck("clean_fp_rate", metrics.CleanFpRate, cleanFp, true, metrics.CleanFpRate <= cleanFp));
        }
        return new GateResult(checks.All(check => check.Passed), checks);
    }

    private static GateCheck AtLeast(string metric, double actual, double limit) => new(metric, actual, limit, false, actual >= limit);
}
