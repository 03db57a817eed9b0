using MedDoc.Api.Persistence;
using Microsoft.EntityFrameworkCore;

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
}
