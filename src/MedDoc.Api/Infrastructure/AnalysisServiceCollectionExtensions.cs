using MedDoc.Engine;
using MedDoc.Llm;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// The one place that decides what answers analyses. Today: the offline engine (a singleton
/// <see cref="ClinicalEngine"/> behind <see cref="RulesAnalysisService"/>). The LLM work registers its
/// HybridAnalyzer here when <c>USE_CLAUDE_REAL=true</c>.
/// </summary>
public static class AnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<IDocumentAnalyzer, ClinicalEngine>();
        services.AddSingleton<IAnalysisService>(provider =>
        {
            if (provider.GetRequiredService<IOptions<LlmOptions>>().Value.UseClaudeReal)
            {
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AnalysisServiceCollectionExtensions))
                    .LogWarning("USE_CLAUDE_REAL=true, but this build has no Claude path registered yet; the offline engine answers alone");
            }
            return new RulesAnalysisService(provider.GetRequiredService<IDocumentAnalyzer>());
        });
        services.AddSingleton<AnalysisRunner>();
        return services;
    }
}
