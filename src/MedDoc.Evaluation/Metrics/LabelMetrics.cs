namespace MedDoc.Evaluation.Metrics;

/// <summary>Precision, recall and F1 of one label (a document type or a code) with its counts; support = tp + fn.</summary>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>How many documents (or codes) carry this label in the dataset.</summary>
    public int Support => TruePositives + FalseNegatives;

    /// <summary>Metrics from counts, with <see cref="Ratios"/>' zero-division rules.</summary>
    public static LabelMetrics From(string label, int truePositives, int falsePositives, int falseNegatives)
    {
        var precision = Ratios.Precision(truePositives, falsePositives);
        var recall = Ratios.Recall(truePositives, falseNegatives);
        return new LabelMetrics(label, precision, recall, Ratios.F1(precision, recall), truePositives, falsePositives, falseNegatives);
    }
}
