using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedDoc.Api.Persistence.Configurations;

/// <summary>Table "analyses": the stored analysis of each document, deleted with it.</summary>
public sealed class AnalysisConfiguration : IEntityTypeConfiguration<Analysis>
{
    public void Configure(EntityTypeBuilder<Analysis> builder)
    {
        builder.ToTable("analyses");
        builder.HasKey(analysis => analysis.DocumentId);
        builder.Property(analysis => analysis.DocumentId).HasColumnName("document_id").ValueGeneratedNever();
        builder.Property(analysis => analysis.TenantId).HasColumnName("tenant_id").HasMaxLength(TenantColumn.MaxLength);
        builder.Property(analysis => analysis.EngineVersion).HasColumnName("engine_version").HasMaxLength(32);
        builder.Property(analysis => analysis.DocumentType).HasColumnName("document_type").HasMaxLength(40);
        builder.Property(analysis => analysis.CodeCount).HasColumnName("code_count");
        builder.Property(analysis => analysis.ResultJson).HasColumnName("result_json");
        builder.Property(analysis => analysis.DurationMs).HasColumnName("duration_ms");
        builder.Property(analysis => analysis.CreatedAt).HasColumnName("created_at").HasConversion(UtcDateTime.Converter);
    }
}
