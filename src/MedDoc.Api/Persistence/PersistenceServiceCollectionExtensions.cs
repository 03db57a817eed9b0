using MedDoc.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Persistence;

/// <summary>Registers the context of the provider <c>DB_URL</c> names, as <see cref="MedDocDbContext"/>.</summary>
public static class PersistenceServiceCollectionExtensions
{
    private static readonly SqliteSynchronousNormal SynchronousNormal = new();

    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.AddDbContext<SqliteMedDocDbContext>((provider, options) =>
            options.UseSqlite(Url(provider).ConnectionString).AddInterceptors(SynchronousNormal));
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
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await app.ApplyMigrationsAsync();
        }
    }

    /// <summary>Applies the pending migrations of the configured provider; returns how many there were.</summary>
    public static async Task<int> ApplyMigrationsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var url = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Url;
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<MedDocDbContext>().Database;
        var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await database.MigrateAsync(cancellationToken);
        if (url.Provider == DatabaseProvider.Sqlite && !url.ConnectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase))
        {
            // WAL lets readers run while an upload commits; the setting is stored in the file.
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        return pending;
    }

    private static DatabaseUrl Url(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Url;
}
