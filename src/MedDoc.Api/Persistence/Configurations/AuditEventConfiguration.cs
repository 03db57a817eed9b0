using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedDoc.Api.Persistence.Configurations;

/// <summary>Table "audit_events": append-only (the migrations add triggers that refuse UPDATE and DELETE).</summary>
public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(row => row.OccurredAt).HasColumnName("occurred_at").HasConversion(UtcDateTime.Converter);
        builder.Property(row => row.TenantId).HasColumnName("tenant_id").HasMaxLength(TenantColumn.MaxLength);
        builder.Property(row => row.Subject).HasColumnName("subject").HasMaxLength(200);
        builder.Property(row => row.KeyId).HasColumnName("key_id").HasMaxLength(32);
        builder.Property(row => row.Action).HasColumnName("action").HasMaxLength(40);
        builder.Property(row => row.DocumentId).HasColumnName("document_id");
        builder.Property(row => row.BatchId).HasColumnName("batch_id");
        builder.Property(row => row.TargetKeyId).HasColumnName("target_key_id").HasMaxLength(32);
        builder.Property(row => row.Outcome).HasColumnName("outcome").HasMaxLength(20);
        builder.Property(row => row.Status).HasColumnName("status");
        builder.Property(row => row.ClientAddress).HasColumnName("client_address").HasMaxLength(64);
        builder.Property(row => row.RequestId).HasColumnName("request_id").HasMaxLength(100);
        builder.HasIndex(row => new { row.TenantId, row.OccurredAt });
        builder.HasIndex(row => row.DocumentId);
        builder.HasIndex(row => row.BatchId);
    }
}
