using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.Storage;

/// <summary>
/// Removes files that a crash left in the document store with no row to list them (ADR 005 writes the
/// file before it commits the row; ADR 008). A file is an orphan when it is older than the cut-off and no
/// <see cref="IStorageKeyOwner"/> claims its key. Keys are asked about in chunks, so a store of any size
/// is swept in bounded memory.
/// </summary>
public sealed class OrphanSweep(IDocumentStore store, IEnumerable<IStorageKeyOwner> owners, ILogger<OrphanSweep> logger)
{
    private const int ChunkSize = 500;

    /// <summary>Removes every orphan last written before <paramref name="cutoff"/>.</summary>
    public async Task<OrphanSweepResult> RunAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var total = new OrphanSweepResult(0, 0, 0);
        var candidates = new List<StoredObject>(ChunkSize);
        await foreach (var stored in store.ListAsync(cancellationToken))
        {
            total = total with { Examined = total.Examined + 1 };
            if (stored.LastModified < cutoff)
            {
                candidates.Add(stored);
            }
            if (candidates.Count == ChunkSize)
            {
                total = await ReclaimAsync(candidates, total, cancellationToken);
                candidates.Clear();
            }
        }
        total = await ReclaimAsync(candidates, total, cancellationToken);
        ApiMetrics.CountOrphansReclaimed(total.Reclaimed, total.ReclaimedBytes);
        logger.LogInformation(
            "Orphan sweep examined {Examined} stored files and reclaimed {Reclaimed} ({ReclaimedBytes} bytes)",
            total.Examined, total.Reclaimed, total.ReclaimedBytes);
        return total;
    }

    private async Task<OrphanSweepResult> ReclaimAsync(List<StoredObject> candidates, OrphanSweepResult total, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return total;
        }
        var keys = candidates.Select(candidate => candidate.Key).ToList();
        var owned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in owners)
        {
            owned.UnionWith(await owner.KeysInUseAsync(keys, cancellationToken));
        }
        foreach (var orphan in candidates.Where(candidate => !owned.Contains(candidate.Key)))
        {
            await store.DeleteAsync(orphan.Key, cancellationToken);
            total = total with { Reclaimed = total.Reclaimed + 1, ReclaimedBytes = total.ReclaimedBytes + orphan.Size };
        }
        return total;
    }
}
