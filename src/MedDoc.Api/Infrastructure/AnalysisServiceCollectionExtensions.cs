using MedDoc.Api.Caching;
using MedDoc.Engine.Coding;
using MedDoc.Llm;
using MedDoc.Llm.Configuration;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// The one place that decides what answers analyses: MedDoc.Llm's registration (the offline engine
/// alone, or the HybridAnalyzer when <c>USE_CLAUDE_REAL=true</c>), plus the API's timing, limits, the analysis cache
/// (Redis, when <c>REDIS_URL</c> is set) and the bound on concurrent heavy work.
/// The terminology comes from <c>ICD10CM_ORDER_FILE</c> when it is set; a missing or malformed file stops start-up
/// (<see cref="StartupValidation"/>) with one line naming the variable.
/// </summary>
public static class AnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IcdTerminology>(_ =>
        {
            try
            {
                return TerminologyEnvironment.Resolve(configuration[TerminologyEnvironment.OrderFile]);
            }
            catch (InvalidDataException error)
            {
                throw new ConfigurationException(TerminologyEnvironment.OrderFile, error.Message);
            }
        });
        services.AddMedDocAnalysis(configuration);
        services.AddAnalysisCache(configuration);
        services.AddSingleton<HeavyWorkLimiter>();
        services.AddSingleton<AnalysisRunner>();
        return services;
    }
}
