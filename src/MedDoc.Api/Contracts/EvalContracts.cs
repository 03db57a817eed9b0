namespace MedDoc.Api.Contracts;

/// <summary>Classification accuracy over the quick dataset.</summary>
public sealed record ClassificationMetrics(double Accuracy, int Correct, int Total);

/// <summary>Micro-averaged code precision, recall and F1 over the quick dataset.</summary>
public sealed record CodeMetrics(double Precision, double Recall, double F1);

/// <summary>The gate's minimums.</summary>
public sealed record EvalThresholds(double Accuracy, double F1);

/// <summary>Answer of GET /api/eval/quick.</summary>
public sealed record QuickEvalResponse(
    string Dataset,
    int NumExamples,
    ClassificationMetrics Classification,
    CodeMetrics Codes,
    bool Passed,
    EvalThresholds Thresholds);
