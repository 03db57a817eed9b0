using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Persistence;

/// <summary>The PostgreSQL flavour of the model; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresMedDocDbContext(DbContextOptions<PostgresMedDocDbContext> options, ICurrentTenant tenant) : MedDocDbContext(options, tenant);
