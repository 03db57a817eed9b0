using MedDoc.Api.Storage;

namespace MedDoc.Api.Tests.Storage;

public sealed class LocalDocumentStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("meddoc-store-test-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task SavedBytesReadBackAndDeleteRemovesThem()
    {
        var store = new LocalDocumentStore(_directory);
        var key = StorageKeys.For(Guid.NewGuid(), ".txt");

        await store.SaveAsync(key, [1, 2, 3], "text/plain", CancellationToken.None);
        var read = await store.ReadAsync(key, CancellationToken.None);
        await store.DeleteAsync(key, CancellationToken.None);

        Assert.Equal([1, 2, 3], read);
        Assert.Null(await store.ReadAsync(key, CancellationToken.None));
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task DeletingAMissingKeyIsNotAnError()
    {
        await new LocalDocumentStore(_directory).DeleteAsync(StorageKeys.For(Guid.NewGuid(), ".pdf"), CancellationToken.None);
    }

    [Fact]
    public async Task ListingNamesStoredKeysWithSizeAndTimeButNotUnfinishedOrForeignFiles()
    {
        var store = new LocalDocumentStore(_directory);
        var key = StorageKeys.For(Guid.NewGuid(), ".pdf");
        await store.SaveAsync(key, new byte[42], "application/pdf", CancellationToken.None);
        File.SetLastWriteTimeUtc(Path.Combine(_directory, key), new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        File.WriteAllBytes(Path.Combine(_directory, $"{Guid.NewGuid():N}.txt.{Guid.NewGuid():N}.tmp"), [1]);
        File.WriteAllBytes(Path.Combine(_directory, "README"), [1]);

        var listed = new List<StoredObject>();
        await foreach (var stored in store.ListAsync(CancellationToken.None))
        {
            listed.Add(stored);
        }

        Assert.Equal([new StoredObject(key, 42, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero))], listed);
    }

    [Fact]
    public void LeftoversOfACrashedWriteAreRemovedWhenTheStoreOpens()
    {
        var leftover = Path.Combine(_directory, $"{Guid.NewGuid():N}.txt.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(leftover, [1]);

        _ = new LocalDocumentStore(_directory);

        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public async Task AWriteInFlightInAnotherProcessSurvivesTheStoreOpening()
    {
        var inFlight = Path.Combine(_directory, $"{Guid.NewGuid():N}.txt.{Guid.NewGuid():N}.tmp");
        await using (var writer = new FileStream(inFlight, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            writer.WriteByte(1);

            _ = new LocalDocumentStore(_directory);

            Assert.True(File.Exists(inFlight));
        }
        _ = new LocalDocumentStore(_directory);
        Assert.False(File.Exists(inFlight));
    }

    [Theory]
    [InlineData("../secrets.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("abc.txt")]
    public async Task KeysThatAreNotGeneratedAreRefused(string key)
    {
        var store = new LocalDocumentStore(_directory);

        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task CheckFailsWhenTheFolderIsGone()
    {
        var store = new LocalDocumentStore(Path.Combine(_directory, "sub"));
        Directory.Delete(Path.Combine(_directory, "sub"));

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => store.CheckAsync(CancellationToken.None));
    }
}
