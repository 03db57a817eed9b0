namespace MedDoc.Api.Storage;

/// <summary>What one sweep did: files it looked at, and the files (and bytes) it removed because no row owned them.</summary>
public sealed record OrphanSweepResult(int Examined, int Reclaimed, long ReclaimedBytes);
