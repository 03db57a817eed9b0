using Amazon.Runtime;
using Amazon.S3;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Storage;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Storage;

/// <summary>The S3 store against a real S3-protocol server on loopback (s3rver, MEDDOC_TEST_S3_ENDPOINT).</summary>
public sealed class S3DocumentStoreTests : IAsyncLifetime
{
    private readonly string _bucket = $"meddoc-test-{Guid.NewGuid():N}"[..40];
    private AmazonS3Client? _client;
    private string? _skipReason;

    public async Task InitializeAsync()
    {
        _skipReason = TestEnvironment.RequireOrSkip(TestEnvironment.S3Endpoint, TestEnvironment.S3EndpointVariable);
        if (_skipReason is null)
        {
            _client = StorageServiceCollectionExtensions.CreateS3Client(
                new StorageOptions { S3Bucket = _bucket, S3EndpointUrl = new Uri(TestEnvironment.S3Endpoint!) },
                new BasicAWSCredentials("S3RVER", "S3RVER"));
            await _client.PutBucketAsync(_bucket);
        }
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        return Task.CompletedTask;
    }

    private S3DocumentStore Store()
    {
        Skip.If(_skipReason is not null, _skipReason);
        return new S3DocumentStore(_client!, _bucket);
    }

    [SkippableFact]
    public async Task SavedBytesReadBackWithTheirContentType()
    {
        var store = Store();
        var key = StorageKeys.For(Guid.NewGuid(), ".pdf");
        var content = Enumerable.Range(0, 70_000).Select(i => (byte)(i % 251)).ToArray();

        await store.SaveAsync(key, content, "application/pdf", CancellationToken.None);

        Assert.Equal(content, await store.ReadAsync(key, CancellationToken.None));
        var head = await _client!.GetObjectMetadataAsync(_bucket, key);
        Assert.Equal("application/pdf", head.Headers.ContentType);
    }

    [SkippableFact]
    public async Task DeletedAndMissingKeysReadAsNull()
    {
        var store = Store();
        var key = StorageKeys.For(Guid.NewGuid(), ".txt");
        await store.SaveAsync(key, [1, 2, 3], "text/plain", CancellationToken.None);

        await store.DeleteAsync(key, CancellationToken.None);
        await store.DeleteAsync(key, CancellationToken.None);

        Assert.Null(await store.ReadAsync(key, CancellationToken.None));
        Assert.Null(await store.ReadAsync(StorageKeys.For(Guid.NewGuid(), ".txt"), CancellationToken.None));
    }

    [SkippableFact]
    public async Task CheckPassesForTheBucketAndFailsForAMissingOne()
    {
        await Store().CheckAsync(CancellationToken.None);

        var missing = new S3DocumentStore(_client!, "no-such-bucket-" + Guid.NewGuid().ToString("N")[..8]);
        await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => missing.CheckAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task ListingNamesEveryStoredKeyWithItsSizeAndSkipsForeignObjects()
    {
        var store = Store();
        var keys = Enumerable.Range(0, 3).Select(_ => StorageKeys.For(Guid.NewGuid(), ".txt")).ToList();
        foreach (var key in keys)
        {
            await store.SaveAsync(key, new byte[keys.IndexOf(key) + 1], "text/plain", CancellationToken.None);
        }
        await _client!.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = _bucket, Key = "exports/report.csv", ContentBody = "x" });

        var listed = new List<StoredObject>();
        await foreach (var stored in store.ListAsync(CancellationToken.None))
        {
            listed.Add(stored);
        }

        Assert.Equal(keys.Order(StringComparer.Ordinal), listed.Select(stored => stored.Key).Order(StringComparer.Ordinal));
        Assert.All(listed, stored => Assert.Equal(keys.IndexOf(stored.Key) + 1, stored.Size));
        Assert.All(listed, stored => Assert.InRange(stored.LastModified, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(10)));
    }
}
