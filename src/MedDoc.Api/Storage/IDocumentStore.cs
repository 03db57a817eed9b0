namespace MedDoc.Api.Storage;

/// <summary>Keeps the original bytes of uploaded documents: a local folder or an S3 bucket.</summary>
public interface IDocumentStore
{
    /// <summary>"local" or "s3", for the readiness report.</summary>
    string Kind { get; }

    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/> completely or not at all.</summary>
    Task SaveAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken);

    /// <summary>The bytes stored under <paramref name="key"/>, or null when there are none.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes <paramref name="key"/>; a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every file under a valid storage key, for the orphan sweep; unfinished writes are not listed.</summary>
    IAsyncEnumerable<StoredObject> ListAsync(CancellationToken cancellationToken);

    /// <summary>Throws when the store cannot be reached or written.</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}
