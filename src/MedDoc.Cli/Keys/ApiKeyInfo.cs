namespace MedDoc.Cli.Keys;

/// <summary>An API key as GET /api/keys lists it (never its secret).</summary>
public sealed record ApiKeyInfo(
    string Id, string Name, IReadOnlyList<string> Roles, DateTime CreatedAt, string CreatedBy, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt)
{
    /// <summary>"revoked", "expired" or "active" at <paramref name="now"/>.</summary>
    public string StatusAt(DateTime now) => RevokedAt is not null ? "revoked" : ExpiresAt <= now ? "expired" : "active";
}
