namespace MedDoc.Api.Persistence;

/// <summary>
/// One document of a <see cref="Batch"/>. Its <see cref="Id"/> is fixed when the batch is received and
/// becomes the stored document's id, so a retried or duplicated job can store it at most once.
/// </summary>
public sealed class BatchItem : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public Guid BatchId { get; set; }

    /// <summary>The position in the request, from 0.</summary>
    public int Index { get; set; }

    public required string Filename { get; set; }

    /// <summary>".txt" or ".pdf" when the file was staged; empty when it was refused on arrival.</summary>
    public required string Extension { get; set; }

    /// <summary>One of <see cref="BatchItemStatus"/>; a concurrency token, so only one worker can finish an item.</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>Why the document failed (a problem's detail or an error type), never its text.</summary>
    public string? FailureReason { get; set; }

    public DateTime? FinishedAt { get; set; }
}
