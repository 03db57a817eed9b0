using MedDoc.Engine;
using MedDoc.Llm.Configuration;

namespace MedDoc.Llm.Routing;

/// <summary>
/// Decides from the engine's own answer whether Claude is asked (the prototype's pre-classifier idea,
/// done properly). auto: every prompt when the classification confidence is below LLM_CONFIDENCE_THRESHOLD;
/// codes and summary when a free-text note (CLINICAL NOTE, DISCHARGE SUMMARY) has low coverage, i.e. fewer
/// than LLM_MIN_FINDINGS_PER_1000_CHARS engine findings and lab values (any assertion) per 1,000 characters;
/// otherwise nothing. always: every prompt. never: nothing. Example: an X-RAY classified at 0.95 → none.
/// </summary>
public sealed class LlmRouter(LlmOptions options)
{
    /// <summary>The route for a document of <paramref name="textLength"/> characters the engine answered with <paramref name="engine"/>.</summary>
    public LlmRoute Decide(AnalysisResult engine, int textLength)
    {
        switch (options.Routing)
        {
            case LlmRouting.Never:
                return LlmRoute.None("routing_never");
            case LlmRouting.Always:
                return LlmRoute.All("routing_always");
        }
        if (engine.Classification.Confidence < options.ConfidenceThreshold)
        {
            return LlmRoute.All("low_confidence");
        }
        if (IsFreeTextNote(engine.Classification.Type) && Coverage(engine, textLength) < options.MinFindingsPer1000Chars)
        {
            return new LlmRoute(Classify: false, Codes: true, Summarize: true, "low_coverage");
        }
        return LlmRoute.None("confident");
    }

    /// <summary>Engine findings and lab values per 1,000 characters of text ("how much of the note the engine read").</summary>
    public static double Coverage(AnalysisResult engine, int textLength) =>
        textLength <= 0 ? double.PositiveInfinity : (engine.Findings.Count + engine.LabResults.Count) * 1000.0 / textLength;

    private static bool IsFreeTextNote(DocumentType type) => type is DocumentType.ClinicalNote or DocumentType.DischargeSummary;
}
