using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedDoc.Api.Persistence.Configurations;

/// <summary>Table "batch_items": one row per document of a batch, deleted with the batch.</summary>
public sealed class BatchItemConfiguration : IEntityTypeConfiguration<BatchItem>
{
    public void Configure(EntityTypeBuilder<BatchItem> builder)
    {
        builder.ToTable("batch_items");
        builder.HasKey(item => item.Id);
        builder.Property(item => item.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(item => item.TenantId).HasColumnName("tenant_id").HasMaxLength(TenantColumn.MaxLength);
        builder.Property(item => item.BatchId).HasColumnName("batch_id");
        builder.Property(item => item.Index).HasColumnName("item_index");
        builder.Property(item => item.Filename).HasColumnName("filename").HasMaxLength(255);
        builder.Property(item => item.Extension).HasColumnName("extension").HasMaxLength(8);
        builder.Property(item => item.Status).HasColumnName("status").HasMaxLength(16).IsConcurrencyToken();
        builder.Property(item => item.Attempts).HasColumnName("attempts");
        builder.Property(item => item.FailureReason).HasColumnName("failure_reason").HasMaxLength(500);
        builder.Property(item => item.FinishedAt).HasColumnName("finished_at").HasConversion(UtcDateTime.Nullable);
        builder.HasIndex(item => new { item.BatchId, item.Index }).IsUnique();
        builder.HasIndex(item => new { item.BatchId, item.Status });
        builder.HasOne<Batch>().WithMany().HasForeignKey(item => item.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
