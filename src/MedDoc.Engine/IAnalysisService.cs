namespace MedDoc.Engine;

/// <summary>
/// The analysis pipeline the API and the CLI call: the offline engine alone (<see cref="RulesAnalysisService"/>), or the hybrid of
/// engine and Claude in MedDoc.Llm (the API only). Implementations are thread-safe and never throw for an LLM failure.
/// </summary>
public interface IAnalysisService
{
    /// <summary>Analyses <paramref name="text"/>; empty or whitespace text gives <see cref="AnalysisResult.Empty"/>.</summary>
    Task<AnalysisResult> AnalyzeAsync(string text, CancellationToken cancellationToken);
}
