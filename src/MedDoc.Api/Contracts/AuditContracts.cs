namespace MedDoc.Api.Contracts;

/// <summary>One audit row as admins read it (never document text).</summary>
public sealed record AuditEventResponse(
    long Id, DateTime OccurredAt, string Action, string Outcome, int Status, string? Subject, string? KeyId,
    Guid? DocumentId, Guid? BatchId, string? TargetKeyId, string? ClientAddress, string RequestId);

/// <summary>GET /api/audit: newest first.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEventResponse> Items, int Page, int PageSize, int Total);

/// <summary>The query of GET /api/audit, validated.</summary>
public sealed record AuditFilter(int Page, int PageSize, string? Action, string? Subject, Guid? DocumentId, Guid? BatchId, DateTime? From, DateTime? To);
