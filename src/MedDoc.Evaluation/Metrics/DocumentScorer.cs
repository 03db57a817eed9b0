using MedDoc.Evaluation.Datasets;
using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation.Metrics;

/// <summary>Scores one prediction against its labelled document.</summary>
public static class DocumentScorer
{
    /// <summary>Builds the <see cref="DocumentResult"/> of <paramref name="prediction"/> for <paramref name="document"/>.</summary>
    public static DocumentResult Score(EvalDocument document, DocumentPrediction prediction, ScoringOptions options)
    {
        var returned = prediction.Codes.Select(code => CodeScorer.Normalize(code.Code)).Distinct().ToArray();
        var exact = CodeScorer.ScoreExact(document.ExpectedCodes, document.AcceptableCodes, returned, options.ScoredCategories);
        var category = CodeScorer.ScoreCategory(document.ExpectedCodes, document.AcceptableCodes, returned, options.ScoredCategories);
        var invalid = prediction.Codes
            .Where(code => !EvidenceCheck.IsValid(code, document.DocumentText))
            .Select(code => CodeScorer.Normalize(code.Code))
            .Distinct()
            .ToArray();
        var typeCorrect = prediction.DocumentType is not null &&
            string.Equals(prediction.DocumentType.Trim(), document.ExpectedType, StringComparison.OrdinalIgnoreCase);

        var reasons = new List<string>();
        if (prediction.Error is not null)
        {
            reasons.Add($"error: {prediction.Error}");
        }
        if (!typeCorrect)
        {
            reasons.Add($"type: expected {document.ExpectedType}, got {prediction.DocumentType ?? "nothing"}");
        }
        if (exact.FalseNegatives.Count > 0)
        {
            reasons.Add($"missed: {string.Join(", ", exact.FalseNegatives)}");
        }
        if (exact.FalsePositives.Count > 0)
        {
            reasons.Add($"false positive: {string.Join(", ", exact.FalsePositives)}");
        }
        if (invalid.Length > 0)
        {
            reasons.Add($"invalid evidence: {string.Join(", ", invalid)}");
        }
        return new DocumentResult(
            document.Id, document.ExpectedType, prediction.DocumentType, typeCorrect,
            document.ExpectedCodes, document.AcceptableCodes, returned.Order(StringComparer.Ordinal).ToArray(),
            exact, category, invalid, prediction.LatencyMs, prediction.Error, reasons, document.IsLabelledNormal);
    }
}
