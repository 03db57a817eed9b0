using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MedDoc.Api.Persistence;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteMedDocDbContext</c> build the context without the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMedDocDbContext>
{
    public SqliteMedDocDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMedDocDbContext>().UseSqlite("Data Source=design-time.db").Options, NoTenant.Instance);
}
