using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Persistence;

/// <summary>The SQLite flavour of the model; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteMedDocDbContext(DbContextOptions<SqliteMedDocDbContext> options, ICurrentTenant tenant) : MedDocDbContext(options, tenant);
