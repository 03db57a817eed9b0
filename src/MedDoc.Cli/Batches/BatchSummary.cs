namespace MedDoc.Cli.Batches;

/// <summary>How a batch ended: documents analysed, documents failed, and the time it took.</summary>
public sealed record BatchSummary(int Done, int Failed, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (Done + Failed) / Elapsed.TotalSeconds : 0;
}
