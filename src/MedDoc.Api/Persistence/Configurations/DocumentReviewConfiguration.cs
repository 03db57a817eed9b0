using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedDoc.Api.Persistence.Configurations;

/// <summary>
/// Table "document_reviews": every revision of every review, deleted with its document. The unique
/// (document_id, revision) index is the optimistic-concurrency guard: two saves from the same base revision
/// cannot both be stored. Tenant-owned: statistics and the export read one tenant's reviews.
/// </summary>
public sealed class DocumentReviewConfiguration : IEntityTypeConfiguration<DocumentReview>
{
    public void Configure(EntityTypeBuilder<DocumentReview> builder)
    {
        builder.ToTable("document_reviews");
        builder.HasKey(review => review.Id);
        builder.Property(review => review.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(review => review.TenantId).HasColumnName("tenant_id").HasMaxLength(TenantColumn.MaxLength);
        builder.Property(review => review.DocumentId).HasColumnName("document_id");
        builder.Property(review => review.Revision).HasColumnName("revision");
        builder.Property(review => review.Reviewer).HasColumnName("reviewer").HasMaxLength(200);
        builder.Property(review => review.ReviewedAt).HasColumnName("reviewed_at").HasConversion(UtcDateTime.Converter);
        builder.Property(review => review.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(review => review.EngineVersion).HasColumnName("engine_version").HasMaxLength(32);
        builder.Property(review => review.DocumentType).HasColumnName("document_type").HasMaxLength(40);
        builder.Property(review => review.ContentJson).HasColumnName("content_json");
        builder.HasIndex(review => new { review.DocumentId, review.Revision }).IsUnique();
        builder.HasIndex(review => new { review.TenantId, review.ReviewedAt });
        builder.HasOne<Document>()
            .WithMany()
            .HasForeignKey(review => review.DocumentId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
