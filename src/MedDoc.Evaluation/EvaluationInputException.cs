namespace MedDoc.Evaluation;

/// <summary>
/// Input the evaluation cannot use: a malformed dataset, thresholds or baseline file, or an
/// unreachable API. The message names the file (or URL), the record index and the field; it never
/// contains document text. The CLI turns it into exit code 2.
/// </summary>
public sealed class EvaluationInputException(string message, Exception? inner = null) : Exception(message, inner);
