using MedDoc.Engine.Coding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedDoc.Api.Codes;

/// <summary>
/// The ICD-10-CM catalog the API searches and validates reviewed codes against, and its search index.
/// The engine's embedded catalog unless something registered another <see cref="IcdCatalog"/> first.
/// </summary>
public static class CodesServiceCollectionExtensions
{
    public static IServiceCollection AddCodeCatalog(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => IcdCatalog.Embedded);
        services.TryAddSingleton(provider => new IcdCodeSearch(provider.GetRequiredService<IcdCatalog>()));
        return services;
    }
}
