using MedDoc.Fhir;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedDoc.Api.Fhir;

public static class FhirServiceCollectionExtensions
{
    /// <summary>The FHIR export. A review store registered with AddScoped (before or after this call) replaces <see cref="NoCodeReviewDecisions"/>.</summary>
    public static IServiceCollection AddFhirExport(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICodeReviewDecisions, NoCodeReviewDecisions>();
        services.AddSingleton<FhirBundleBuilder>();
        services.AddScoped<FhirExportService>();
        return services;
    }
}
