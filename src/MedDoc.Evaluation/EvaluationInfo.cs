namespace MedDoc.Evaluation;

/// <summary>Version of the evaluation report schema (report.json).</summary>
public static class EvaluationInfo
{
    public const int ReportSchemaVersion = 1;
}
