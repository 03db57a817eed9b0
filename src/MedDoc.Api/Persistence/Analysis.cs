namespace MedDoc.Api.Persistence;

/// <summary>The analysis of one <see cref="Document"/>: the wire JSON of /api/analyze, as answered at upload time.</summary>
public sealed class Analysis : ITenantOwned
{
    public Guid DocumentId { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public required string EngineVersion { get; set; }

    public required string DocumentType { get; set; }

    public int CodeCount { get; set; }

    public required string ResultJson { get; set; }

    public double DurationMs { get; set; }

    public DateTime CreatedAt { get; set; }
}
