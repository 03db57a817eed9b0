using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Configuration;
using MedDoc.Llm.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedDoc.Llm;

/// <summary>The one registration the API (the composition root) needs for analysis.</summary>
public static class MedDocAnalysisServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAnalysisService"/>: <see cref="RulesAnalysisService"/> when USE_CLAUDE_REAL is
    /// false (default), the <see cref="HybridAnalyzer"/> when it is true. Binds <see cref="LlmOptions"/> from
    /// the variables of <see cref="LlmEnvironment"/> in <paramref name="configuration"/> and validates them at
    /// start (ValidateOnStart), so "USE_CLAUDE_REAL=true" without ANTHROPIC_API_KEY stops the host with one line
    /// naming it. Also registers <see cref="IDocumentAnalyzer"/> (the <see cref="ClinicalEngine"/>) and
    /// <see cref="ILlmMetrics"/> (<see cref="MeterLlmMetrics"/>, meter "MedDoc.Llm") unless already registered;
    /// an <see cref="IcdTerminology"/> registered by the host (e.g. from <see cref="TerminologyEnvironment"/>) replaces
    /// <see cref="IcdTerminology.Embedded"/> for the engine and for validating Claude's codes.
    /// </summary>
    public static IServiceCollection AddMedDocAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LlmOptions>().Configure(options => options.Bind(configuration)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(_ => IcdTerminology.Embedded);
        services.TryAddSingleton(provider => provider.GetRequiredService<IcdTerminology>().Catalog);
        services.TryAddSingleton<IDocumentAnalyzer>(provider => new ClinicalEngine(provider.GetRequiredService<IcdTerminology>()));
        services.TryAddSingleton<ILlmMetrics>(provider => new MeterLlmMetrics(provider.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<IClaudeClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<LlmOptions>>().Value;
            return new ResilientClaudeClient(new AnthropicClaudeClient(options), options, provider.GetRequiredService<ILlmMetrics>());
        });
        services.TryAddSingleton(provider => new HybridAnalyzer(
            provider.GetRequiredService<IDocumentAnalyzer>(),
            provider.GetRequiredService<IClaudeClient>(),
            provider.GetRequiredService<IOptions<LlmOptions>>().Value,
            provider.GetRequiredService<ILlmMetrics>(),
            provider.GetService<IcdCatalog>(),
            provider.GetService<ILogger<HybridAnalyzer>>()));
        services.TryAddSingleton<IAnalysisService>(provider =>
            provider.GetRequiredService<IOptions<LlmOptions>>().Value.Enabled
                ? provider.GetRequiredService<HybridAnalyzer>()
                : new RulesAnalysisService(provider.GetRequiredService<IDocumentAnalyzer>()));
        return services;
    }
}
