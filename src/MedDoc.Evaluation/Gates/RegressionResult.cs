namespace MedDoc.Evaluation.Gates;

/// <summary>The comparison with a baseline report: fails when accuracy or exact F1 dropped by more than <see cref="Tolerance"/>.</summary>
public sealed record RegressionResult(
    bool Passed,
    string BaselinePath,
    double Tolerance,
    double BaselineAccuracy,
    double CurrentAccuracy,
    double BaselineF1,
    double CurrentF1,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ChangedDocument> ChangedDocuments);
