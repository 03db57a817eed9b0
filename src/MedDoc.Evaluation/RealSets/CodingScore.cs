namespace MedDoc.Evaluation.RealSets;

/// <summary>Micro precision, recall and F1 from counts of true positives, false positives and false negatives.</summary>
public sealed record CodingScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP), 0 when nothing was returned.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), 0 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The score of returned against expected sets, summed over documents.</summary>
    public static CodingScore Micro(IEnumerable<(IReadOnlySet<string> Expected, IReadOnlySet<string> Returned)> documents)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (expected, returned) in documents)
        {
            tp += returned.Count(expected.Contains);
            fp += returned.Count(code => !expected.Contains(code));
            fn += expected.Count(code => !returned.Contains(code));
        }
        return new CodingScore(tp, fp, fn);
    }

    /// <summary>"P 0.689 R 0.197 F1 0.306 (tp 1 fp 2 fn 3)".</summary>
    public override string ToString() => $"P {Precision:F3} R {Recall:F3} F1 {F1:F3} (tp {TruePositives} fp {FalsePositives} fn {FalseNegatives})";
}
