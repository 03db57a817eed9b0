using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedDoc.Api.Persistence.Configurations;

/// <summary>Table "batches": one row per submitted batch, newest first by <c>created_at</c>.</summary>
public sealed class BatchConfiguration : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> builder)
    {
        builder.ToTable("batches");
        builder.HasKey(batch => batch.Id);
        builder.Property(batch => batch.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(batch => batch.TenantId).HasColumnName("tenant_id").HasMaxLength(TenantColumn.MaxLength);
        builder.Property(batch => batch.Status).HasColumnName("status").HasMaxLength(16);
        builder.Property(batch => batch.Total).HasColumnName("total");
        builder.Property(batch => batch.CreatedAt).HasColumnName("created_at").HasConversion(UtcDateTime.Converter);
        builder.Property(batch => batch.StartedAt).HasColumnName("started_at").HasConversion(UtcDateTime.Nullable);
        builder.Property(batch => batch.FinishedAt).HasColumnName("finished_at").HasConversion(UtcDateTime.Nullable);
        builder.HasIndex(batch => new { batch.TenantId, batch.CreatedAt });
    }
}
