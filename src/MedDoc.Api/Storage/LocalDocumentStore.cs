using System.Runtime.CompilerServices;

namespace MedDoc.Api.Storage;

/// <summary>
/// Files in a local folder (<c>STORAGE_DIR</c>). A file is written to a temporary name, flushed to
/// disk, then renamed, so a crash never leaves a partial file under a real key; leftovers of a crash
/// (*.tmp files no writer holds) are removed when the store opens. See docs/decisions/005-document-write-order.md.
/// </summary>
public sealed class LocalDocumentStore : IDocumentStore
{
    private const string TempSuffix = ".tmp";
    private readonly string _root;

    public LocalDocumentStore(string directory)
    {
        _root = Path.GetFullPath(directory);
        Directory.CreateDirectory(_root);
        RemoveLeftoversOfCrashedWrites();
    }

    /// <summary>
    /// Deletes the <c>*.tmp</c> files no writer holds. The folder may be shared by an API and its
    /// <c>--worker</c> processes, so a temporary file can be another process's write in flight: the
    /// writer keeps an exclusive lock on it until it is renamed, and a locked file is left alone.
    /// </summary>
    private void RemoveLeftoversOfCrashedWrites()
    {
        foreach (var leftover in Directory.EnumerateFiles(_root, "*" + TempSuffix))
        {
            try
            {
                using var unheld = new FileStream(leftover, FileMode.Open, FileAccess.Read, FileShare.None);
                File.Delete(leftover);
            }
            catch (FileNotFoundException)
            {
                // Renamed under its key (or removed) since the listing.
            }
            catch (IOException)
            {
                // Locked: a write in flight in another process.
            }
        }
    }

    public string Kind => "local";

    public async Task SaveAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        var temp = $"{path}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            // FileShare.None locks the file; it is renamed while still held, so no other process
            // opening this folder mistakes the write in flight for a crash's leftover.
            await using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await stream.WriteAsync(content, cancellationToken);
            stream.Flush(flushToDisk: true);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredObject> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in Directory.EnumerateFiles(_root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = new FileInfo(path);
            if (StorageKeys.IsValid(file.Name) && file.Exists)
            {
                yield return new StoredObject(file.Name, file.Length, file.LastWriteTimeUtc);
            }
        }
        await Task.CompletedTask;
    }

    public Task CheckAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException("The storage directory does not exist.");
        }
        return Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(_root, StorageKeys.Validate(key));
}
