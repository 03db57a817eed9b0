namespace MedDoc.Api.Persistence;

/// <summary>An uploaded original: its metadata here, its bytes in the document store under <see cref="StorageKey"/>.</summary>
public sealed class Document : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public required string Filename { get; set; }

    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    public required string Sha256 { get; set; }

    public required string StorageKey { get; set; }

    public DateTime CreatedAt { get; set; }

    public Analysis? Analysis { get; set; }
}
