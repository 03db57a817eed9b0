namespace MedDoc.Api.Persistence;

/// <summary>
/// An API key for a program: only the SHA-256 of its secret is stored (the key is shown once, at
/// creation). Revoked keys stay, so the audit trail can still name them.
/// </summary>
public sealed class ApiKey : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public required string Name { get; set; }

    /// <summary>The roles the key grants, comma-separated ("service", "coder,service").</summary>
    public required string Roles { get; set; }

    /// <summary>Lowercase hex SHA-256 of the secret part of the key.</summary>
    public required string SecretHash { get; set; }

    /// <summary>Subject of the admin who created the key.</summary>
    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
