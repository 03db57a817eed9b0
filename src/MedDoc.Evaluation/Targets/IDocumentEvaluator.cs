using MedDoc.Evaluation.Datasets;

namespace MedDoc.Evaluation.Targets;

/// <summary>
/// The system under test: the analysis pipeline in-process (<see cref="InProcessEvaluator"/>) or a
/// live API (<see cref="HttpApiEvaluator"/>). Implementations are thread-safe; a failed document is
/// reported through <see cref="DocumentPrediction.Error"/>, and only input that makes the whole run
/// meaningless (an unreachable API) throws <see cref="EvaluationInputException"/>.
/// </summary>
public interface IDocumentEvaluator
{
    /// <summary>"in-process" or the API base URL, recorded in the report.</summary>
    string Target { get; }

    /// <summary>Predicts the type and codes of <paramref name="document"/>.</summary>
    Task<DocumentPrediction> PredictAsync(EvalDocument document, CancellationToken cancellationToken);
}
