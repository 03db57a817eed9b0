using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Persistence;

/// <summary>
/// The model, shared by one thin subclass per provider so that each provider keeps its own
/// migration set (<see cref="SqliteMedDocDbContext"/>, <see cref="PostgresMedDocDbContext"/>).
/// </summary>
public abstract class MedDocDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<Analysis> Analyses => Set<Analysis>();

    public DbSet<Batch> Batches => Set<Batch>();

    public DbSet<BatchItem> BatchItems => Set<BatchItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MedDocDbContext).Assembly);
}
