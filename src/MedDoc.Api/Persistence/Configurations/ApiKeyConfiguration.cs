using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedDoc.Api.Persistence.Configurations;

/// <summary>Table "api_keys": hashed API keys per tenant.</summary>
public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(key => key.Id);
        builder.Property(key => key.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(key => key.TenantId).HasColumnName("tenant_id").HasMaxLength(TenantColumn.MaxLength);
        builder.Property(key => key.Name).HasColumnName("name").HasMaxLength(100);
        builder.Property(key => key.Roles).HasColumnName("roles").HasMaxLength(100);
        builder.Property(key => key.SecretHash).HasColumnName("secret_hash").HasMaxLength(64).IsFixedLength();
        builder.Property(key => key.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
        builder.Property(key => key.CreatedAt).HasColumnName("created_at").HasConversion(UtcDateTime.Converter);
        builder.Property(key => key.ExpiresAt).HasColumnName("expires_at").HasConversion(UtcDateTime.Nullable);
        builder.Property(key => key.RevokedAt).HasColumnName("revoked_at").HasConversion(UtcDateTime.Nullable);
        builder.Property(key => key.LastUsedAt).HasColumnName("last_used_at").HasConversion(UtcDateTime.Nullable);
        builder.HasIndex(key => new { key.TenantId, key.CreatedAt });
    }
}
