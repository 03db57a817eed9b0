using System.Net;
using System.Runtime.CompilerServices;
using Amazon.S3;
using Amazon.S3.Model;

namespace MedDoc.Api.Storage;

/// <summary>Objects in an S3 bucket (<c>S3_BUCKET</c>); a PUT is atomic, so an object is whole or absent.</summary>
public sealed class S3DocumentStore(IAmazonS3 client, string bucket) : IDocumentStore
{
    public string Kind => "s3";

    public async Task SaveAsync(string key, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = StorageKeys.Validate(key),
            InputStream = stream,
            ContentType = contentType,
            UseChunkEncoding = false,
        }, cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetObjectAsync(bucket, StorageKeys.Validate(key), cancellationToken);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        await client.DeleteObjectAsync(bucket, StorageKeys.Validate(key), cancellationToken);

    public async IAsyncEnumerable<StoredObject> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = bucket };
        ListObjectsV2Response response;
        do
        {
            response = await client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in response.S3Objects ?? [])
            {
                if (StorageKeys.IsValid(item.Key))
                {
                    yield return new StoredObject(item.Key, item.Size ?? 0, item.LastModified ?? DateTimeOffset.UtcNow.UtcDateTime);
                }
            }
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
    }

    public async Task CheckAsync(CancellationToken cancellationToken) =>
        await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 1 }, cancellationToken);
}
