using System.Net;
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

    public async Task CheckAsync(CancellationToken cancellationToken) =>
        await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 1 }, cancellationToken);
}
