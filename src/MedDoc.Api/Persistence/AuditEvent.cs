namespace MedDoc.Api.Persistence;

/// <summary>
/// One line of the append-only audit trail: who did what to which document, with what outcome.
/// Never document text. Rows are only ever inserted: <see cref="MedDocDbContext"/> refuses to
/// update or delete them and database triggers refuse it too.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The caller's tenant; null when nobody could be identified (a refused token).</summary>
    public string? TenantId { get; set; }

    public string? Subject { get; set; }

    /// <summary>The API key the caller used, if any.</summary>
    public string? KeyId { get; set; }

    /// <summary>What was attempted: one of <see cref="Audit.AuditActions"/>.</summary>
    public required string Action { get; set; }

    public Guid? DocumentId { get; set; }

    /// <summary>The batch submitted, read, downloaded or cancelled.</summary>
    public Guid? BatchId { get; set; }

    /// <summary>The API key created or revoked.</summary>
    public string? TargetKeyId { get; set; }

    /// <summary>success, unauthenticated, denied, not_found, rejected or error.</summary>
    public required string Outcome { get; set; }

    public int Status { get; set; }

    public string? ClientAddress { get; set; }

    public required string RequestId { get; set; }
}
