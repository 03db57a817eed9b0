using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Configuration;
using MedDoc.Llm.Metrics;
using Microsoft.Extensions.Logging;

namespace MedDoc.Llm;

/// <summary>
/// Builds the analysis service without a DI container (the CLI's <c>meddoc eval --llm</c>): the engine
/// alone when Claude is disabled, else the <see cref="HybridAnalyzer"/> over a resilient Anthropic client.
/// </summary>
public static class AnalysisServiceFactory
{
    /// <summary>
    /// The service for <paramref name="options"/>; throws <see cref="InvalidOperationException"/> with one line
    /// per invalid setting ("ANTHROPIC_API_KEY is required when USE_CLAUDE_REAL=true").
    /// </summary>
    public static IAnalysisService Create(
        LlmOptions options,
        IDocumentAnalyzer engine,
        ILlmMetrics? metrics = null,
        IcdCatalog? catalog = null,
        ILogger<HybridAnalyzer>? logger = null)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }
        if (!options.Enabled)
        {
            return new RulesAnalysisService(engine);
        }
        metrics ??= NullLlmMetrics.Instance;
        var claude = new ResilientClaudeClient(new AnthropicClaudeClient(options), options, metrics);
        return new HybridAnalyzer(engine, claude, options, metrics, catalog, logger);
    }
}
