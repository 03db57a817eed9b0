namespace MedDoc.Api.Health;

/// <summary>The readiness checks behind GET /ready, on ASP.NET Core's health-check service.</summary>
public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<DocumentStoreHealthCheck>("storage");
        return services;
    }
}
