using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Llm;
using MedDoc.Llm.Configuration;
using Microsoft.Extensions.Configuration;

namespace MedDoc.Cli;

/// <summary>
/// Builds the <see cref="IAnalysisService"/> a command analyses with. Without <c>--llm</c>: the offline engine
/// alone (<see cref="RulesAnalysisService"/>), what the API runs when <c>USE_CLAUDE_REAL</c> is false. With
/// <c>--llm</c>: the hybrid engine + Claude service of MedDoc.Llm, configured from the same environment
/// variables as the API (<see cref="LlmEnvironment"/>; <c>USE_CLAUDE_REAL</c> is implied), with a probe of
/// its call and token counters for the eval report. <c>ICD10CM_ORDER_FILE</c> replaces the embedded catalog as in the API.
/// </summary>
public static class AnalysisServiceFactory
{
    /// <summary>The service for <paramref name="useLlm"/>; <paramref name="environment"/> reads environment variables.</summary>
    public static AnalysisServiceSetup Create(bool useLlm, Func<string, string?> environment)
    {
        IcdTerminology terminology;
        try
        {
            terminology = TerminologyEnvironment.Resolve(environment(TerminologyEnvironment.OrderFile));
        }
        catch (InvalidDataException error)
        {
            throw new UsageException($"{TerminologyEnvironment.OrderFile}: {error.Message}");
        }
        var engine = new ClinicalEngine(terminology);
        if (!useLlm)
        {
            return new AnalysisServiceSetup(new RulesAnalysisService(engine));
        }
        var settings = LlmEnvironment.All.ToDictionary(name => name, environment);
        settings[LlmEnvironment.UseClaudeReal] = "true";
        var options = new LlmOptions();
        options.Bind(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new UsageException($"--llm: {string.Join(" ", errors)}");
        }
        var usage = new LlmUsageMetrics();
        return new AnalysisServiceSetup(Llm.AnalysisServiceFactory.Create(options, engine, usage, terminology.Catalog), usage.Snapshot);
    }
}
