namespace MedDoc.Api.Persistence;

/// <summary>
/// A set of documents submitted in one request and analysed by background jobs. Its counts are
/// derived from its <see cref="BatchItem"/> rows; see docs/decisions/006-batch-jobs.md.
/// </summary>
public sealed class Batch : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    /// <summary>One of <see cref="BatchStatus"/>.</summary>
    public required string Status { get; set; }

    public int Total { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
