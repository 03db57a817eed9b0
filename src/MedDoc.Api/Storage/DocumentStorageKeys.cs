using MedDoc.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Storage;

/// <summary>Stored documents own the file under their <see cref="Document.StorageKey"/>, whatever their tenant.</summary>
public sealed class DocumentStorageKeys(MedDocDbContext database) : IStorageKeyOwner
{
    public async Task<IReadOnlySet<string>> KeysInUseAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var inUse = await database.Documents
            .IgnoreQueryFilters()
            .Where(document => keys.Contains(document.StorageKey))
            .Select(document => document.StorageKey)
            .ToListAsync(cancellationToken);
        return inUse.ToHashSet(StringComparer.Ordinal);
    }
}
