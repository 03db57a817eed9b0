using MedDoc.Engine;
using MedDoc.Llm;

namespace MedDoc.Cli;

/// <summary>
/// Builds the <see cref="IAnalysisService"/> the CLI analyses with — the seam for the LLM path.
/// Without <c>--llm</c>: the offline engine alone (<see cref="RulesAnalysisService"/>), exactly what the
/// API runs when <c>USE_CLAUDE_REAL</c> is false. With <c>--llm</c>: the hybrid engine + Claude service
/// of issue #5, configured from the environment (<c>ANTHROPIC_API_KEY</c>, <c>CLAUDE_MODEL</c>,
/// <c>ANTHROPIC_BASE_URL</c>); the LLM helper replaces the branch below and returns its usage probe.
/// </summary>
public static class AnalysisServiceFactory
{
    /// <summary>The service for <paramref name="useLlm"/>; <paramref name="environment"/> reads environment variables.</summary>
    public static AnalysisServiceSetup Create(bool useLlm, Func<string, string?> environment)
    {
        if (!useLlm)
        {
            return new AnalysisServiceSetup(new RulesAnalysisService(new ClinicalEngine()));
        }
        if (string.IsNullOrWhiteSpace(environment("ANTHROPIC_API_KEY")))
        {
            throw new UsageException("--llm needs ANTHROPIC_API_KEY in the environment");
        }
        throw new UsageException("--llm needs the hybrid Claude analysis service (issue #5), which this build does not include");
    }
}
