using MedDoc.Api.Persistence;
using MedDoc.Api.Storage;
using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Batches;

/// <summary>
/// A batch item owns the file it was staged under (its id and extension) for as long as its row exists,
/// whatever its tenant and status, so the orphan sweep (ADR 008) never removes a document still waiting in
/// a queued batch. A finished item's document owns the same key as well.
/// </summary>
public sealed class BatchItemStorageKeys(MedDocDbContext database) : IStorageKeyOwner
{
    public async Task<IReadOnlySet<string>> KeysInUseAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(key => Guid.ParseExact(key[..32], "N")).ToList();
        var staged = await database.BatchItems
            .IgnoreQueryFilters()
            .Where(item => ids.Contains(item.Id))
            .Select(item => new { item.Id, item.Extension })
            .ToListAsync(cancellationToken);
        return staged.Select(item => StorageKeys.For(item.Id, item.Extension)).Where(keys.Contains).ToHashSet(StringComparer.Ordinal);
    }
}
