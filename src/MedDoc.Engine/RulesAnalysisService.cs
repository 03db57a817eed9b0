namespace MedDoc.Engine;

/// <summary>The engine alone: the CLI and evaluation harness, and the API when <c>USE_CLAUDE_REAL</c> is false.</summary>
public sealed class RulesAnalysisService(IDocumentAnalyzer engine) : IAnalysisService
{
    /// <inheritdoc />
    public Task<AnalysisResult> AnalyzeAsync(string text, CancellationToken cancellationToken) =>
        Task.FromResult(engine.Analyze(text));
}
