using MedDoc.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Persistence;

/// <summary>Registers the context of the provider <c>DB_URL</c> names, as <see cref="MedDocDbContext"/>.</summary>
public static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.AddDbContext<SqliteMedDocDbContext>((provider, options) =>
            options.UseSqlite(Url(provider).ConnectionString));
        services.AddDbContext<PostgresMedDocDbContext>((provider, options) =>
            options.UseNpgsql(Url(provider).ConnectionString, npgsql => npgsql.EnableRetryOnFailure(3)));
        services.AddScoped<MedDocDbContext>(provider => Url(provider).Provider switch
        {
            DatabaseProvider.Sqlite => provider.GetRequiredService<SqliteMedDocDbContext>(),
            _ => provider.GetRequiredService<PostgresMedDocDbContext>(),
        });
        return services;
    }

    /// <summary>Applies pending migrations when <c>DB_MIGRATE_ON_START</c> is true (the single-process default).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStart)
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<MedDocDbContext>().Database;
        await database.MigrateAsync();
        if (options.Url.Provider == DatabaseProvider.Sqlite && !options.Url.ConnectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase))
        {
            // WAL lets readers run while an upload commits; the setting is stored in the file.
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    private static DatabaseUrl Url(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Url;
}
