namespace MedDoc.Api.Persistence;

/// <summary>
/// One saved revision of a coder's review of a <see cref="Document"/>. Rows are only ever added: the latest
/// revision is the review, the earlier ones its history. <see cref="ContentJson"/> holds the decisions, added
/// codes and note (the wire JSON of <c>ReviewContent</c>). A review belongs to its document's tenant.
/// </summary>
public sealed class DocumentReview : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public Guid DocumentId { get; set; }

    public int Revision { get; set; }

    public required string Reviewer { get; set; }

    public DateTime ReviewedAt { get; set; }

    public required string Status { get; set; }

    public required string EngineVersion { get; set; }

    public required string DocumentType { get; set; }

    public required string ContentJson { get; set; }
}
