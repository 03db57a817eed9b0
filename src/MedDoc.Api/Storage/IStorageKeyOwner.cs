namespace MedDoc.Api.Storage;

/// <summary>
/// Something that keeps files in the document store (documents; staged batch items) and can say which
/// keys it still needs. The orphan sweep removes an old file only when no owner claims its key.
/// </summary>
public interface IStorageKeyOwner
{
    /// <summary>The subset of <paramref name="keys"/> a row of this owner still refers to, across every tenant.</summary>
    Task<IReadOnlySet<string>> KeysInUseAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
