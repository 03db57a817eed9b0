using MedDoc.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MedDoc.Api.Tests.Persistence;

/// <summary>Each provider's migration set matches the model: a model change without both migrations fails here.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void SqliteMigrationsHaveNoPendingModelChanges()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges());
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void PostgresMigrationsHaveNoPendingModelChanges()
    {
        using var context = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges());
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void EachProviderOnlySeesItsOwnMigrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()));
    }

    [Fact]
    public async Task ReviewsStoredBeforeTheyCarriedATenantBelongToTheirDocumentsTenant()
    {
        var path = Path.Combine(Path.GetTempPath(), $"meddoc-migration-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteMedDocDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
            await using var context = new SqliteMedDocDbContext(options, NoTenant.Instance);
            var migrator = context.GetService<IMigrator>();
            await migrator.MigrateAsync("TenantsApiKeysAudit");
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO documents (id, tenant_id, filename, content_type, size_bytes, sha256, storage_key, created_at) " +
                "VALUES ('6f1c2b1e-0000-7000-8000-000000000001', 'hospital-a', 'a.txt', 'text/plain', 1, '0000000000000000000000000000000000000000000000000000000000000000', 'k', '2026-12-01 00:00:00');" +
                "INSERT INTO document_reviews (id, document_id, revision, reviewer, reviewed_at, status, engine_version, document_type, content_json) " +
                "VALUES ('6f1c2b1e-0000-7000-8000-000000000002', '6f1c2b1e-0000-7000-8000-000000000001', 1, 'local', '2026-12-01 00:00:00', 'reviewed', 'v', 'T', '{{}}');");

            await migrator.MigrateAsync();

            var tenants = await context.Database.SqlQueryRaw<string>("SELECT tenant_id AS \"Value\" FROM document_reviews").ToListAsync();
            Assert.Equal(["hospital-a"], tenants);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task TheAuditTrailStaysAppendOnlyAfterMigratingBackBeforeBatches()
    {
        var path = Path.Combine(Path.GetTempPath(), $"meddoc-migration-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteMedDocDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
            await using var context = new SqliteMedDocDbContext(options, NoTenant.Instance);
            var migrator = context.GetService<IMigrator>();
            await migrator.MigrateAsync("AddBatches");

            await migrator.MigrateAsync("ReviewTenants");

            var triggers = await context.Database.SqlQueryRaw<string>(
                "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events' ORDER BY name").ToListAsync();
            Assert.Equal(["audit_events_no_delete", "audit_events_no_update"], triggers);
            var batchColumns = await context.Database.SqlQueryRaw<string>(
                "SELECT name AS \"Value\" FROM pragma_table_info('audit_events') WHERE name = 'batch_id'").ToListAsync();
            Assert.Empty(batchColumns);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
