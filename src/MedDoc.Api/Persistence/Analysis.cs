namespace MedDoc.Api.Persistence;

/// <summary>The analysis of one <see cref="Document"/>: the wire JSON of /api/analyze, as answered at upload time.</summary>
public sealed class Analysis
{
    public Guid DocumentId { get; set; }

    public required string EngineVersion { get; set; }

    public required string DocumentType { get; set; }

    public int CodeCount { get; set; }

    public required string ResultJson { get; set; }

    public double DurationMs { get; set; }

    public DateTime CreatedAt { get; set; }
}
