using MedDoc.Llm;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// The one place that decides what answers analyses: MedDoc.Llm's registration (the offline engine
/// alone, or the HybridAnalyzer when <c>USE_CLAUDE_REAL=true</c>), plus the API's timing, limits and the bound on concurrent heavy work.
/// </summary>
public static class AnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMedDocAnalysis(configuration);
        services.AddSingleton<HeavyWorkLimiter>();
        services.AddSingleton<AnalysisRunner>();
        return services;
    }
}
