using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedDoc.Api.Persistence.Configurations;

/// <summary>Table "documents": one row per upload, newest first by <c>created_at</c>.</summary>
public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(document => document.Id);
        builder.Property(document => document.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(document => document.TenantId).HasColumnName("tenant_id").HasMaxLength(TenantColumn.MaxLength);
        builder.Property(document => document.Filename).HasColumnName("filename").HasMaxLength(255);
        builder.Property(document => document.ContentType).HasColumnName("content_type").HasMaxLength(100);
        builder.Property(document => document.SizeBytes).HasColumnName("size_bytes");
        builder.Property(document => document.Sha256).HasColumnName("sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(document => document.StorageKey).HasColumnName("storage_key").HasMaxLength(200);
        builder.Property(document => document.CreatedAt).HasColumnName("created_at").HasConversion(UtcDateTime.Converter);
        builder.HasIndex(document => document.CreatedAt);
        builder.HasIndex(document => new { document.TenantId, document.CreatedAt });
        builder.HasIndex(document => document.Sha256);
        builder.HasOne(document => document.Analysis)
            .WithOne()
            .HasForeignKey<Analysis>(analysis => analysis.DocumentId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
