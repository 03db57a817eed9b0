using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Persistence;

/// <summary>
/// The SQLite durability contract of docs/decisions/006-batch-jobs.md: the write-ahead log (stored in the file) and
/// synchronous=NORMAL (set on every connection the context opens). The kill -9 guarantee itself is proven by
/// <c>BatchCrashTests</c> on a real process.
/// </summary>
public sealed class SqliteDurabilityTests
{
    [Fact]
    public async Task EveryConnectionTheContextOpensWritesAheadWithNormalSyncWhereAPlainOneWouldSyncFully()
    {
        var path = Path.Combine(Path.GetTempPath(), $"meddoc-durability-{Guid.NewGuid():N}.db");
        try
        {
            await using var services = new ServiceCollection()
                .Configure<DatabaseOptions>(options => options.Url = DatabaseUrl.Parse("sqlite:///" + path))
                .AddSingleton<ICurrentTenant>(NoTenant.Instance)
                .AddPersistence()
                .BuildServiceProvider();
            await using (var scope = services.CreateAsyncScope())
            {
                var database = scope.ServiceProvider.GetRequiredService<MedDocDbContext>().Database;
                await database.MigrateAsync();
                // What start-up's migration step does after migrating (PersistenceServiceCollectionExtensions.ApplyMigrationsAsync).
                await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            for (var connection = 0; connection < 2; connection++)
            {
                await using var scope = services.CreateAsyncScope();
                var database = scope.ServiceProvider.GetRequiredService<MedDocDbContext>().Database;

                Assert.Equal("wal", await Pragma(database, "journal_mode"));
                Assert.Equal("1", await Pragma(database, "synchronous"));
            }
            await using var plain = new SqliteConnection($"Data Source={path}");
            await plain.OpenAsync();
            await using var command = plain.CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            Assert.Equal(2L, await command.ExecuteScalarAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Reads a pragma on the context's own connection, opened by the context as every query opens it.</summary>
    private static async Task<string> Pragma(DatabaseFacade database, string name)
    {
        await database.OpenConnectionAsync();
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = $"PRAGMA {name};";
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
