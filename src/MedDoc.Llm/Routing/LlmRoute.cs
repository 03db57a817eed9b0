namespace MedDoc.Llm.Routing;

/// <summary>
/// Which Claude prompts one document needs and why ("low_confidence", "low_coverage", "routing_always";
/// "confident" or "routing_never" when none). Example: a 3,000-character progress note in which the engine
/// found one concept → LlmRoute(Classify: false, Codes: true, Summarize: true, "low_coverage").
/// </summary>
public sealed record LlmRoute(bool Classify, bool Codes, bool Summarize, string Reason)
{
    /// <summary>True when at least one prompt is to be sent.</summary>
    public bool AsksClaude => Classify || Codes || Summarize;

    /// <summary>No call, for <paramref name="reason"/>.</summary>
    public static LlmRoute None(string reason) => new(false, false, false, reason);

    /// <summary>Every prompt, for <paramref name="reason"/>.</summary>
    public static LlmRoute All(string reason) => new(true, true, true, reason);
}
