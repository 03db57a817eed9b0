using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MedDoc.Api.Persistence;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresMedDocDbContext</c> build the context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMedDocDbContext>
{
    public PostgresMedDocDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMedDocDbContext>().UseNpgsql("Host=localhost;Database=meddoc_design").Options, NoTenant.Instance);
}
