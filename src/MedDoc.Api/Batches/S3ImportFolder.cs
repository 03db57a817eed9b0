using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Amazon.S3;
using Amazon.S3.Model;
using MedDoc.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Batches;

/// <summary>
/// The objects a batch may import from the document bucket (<c>S3_BUCKET</c>): only under
/// <c>imports/&lt;tenant&gt;/</c>, so a caller reads its own tenant's drop folder and never the stored
/// documents (flat storage keys at the bucket's root) or another tenant's files. Available only
/// with the S3 store.
/// </summary>
public sealed partial class S3ImportFolder(IOptions<StorageOptions> storage, IServiceProvider services)
{
    public const string Root = "imports/";

    public bool IsAvailable => storage.Value.UsesS3;

    /// <summary>The bucket key prefix a tenant's <paramref name="prefix"/> names; null when either part is unsafe.</summary>
    public static string? KeyPrefixOf(string tenant, string prefix)
    {
        var folder = prefix.TrimStart('/');
        if (!SafeTenant().IsMatch(tenant) || folder.Length > 512 || folder.Split('/').Any(part => part is "." or ".."))
        {
            return null;
        }
        return $"{Root}{tenant}/{folder}";
    }

    /// <summary>Every object under <paramref name="keyPrefix"/> (folder markers left out), in key order.</summary>
    public async IAsyncEnumerable<S3ImportObject> ListAsync(string keyPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = storage.Value.S3Bucket, Prefix = keyPrefix };
        ListObjectsV2Response response;
        do
        {
            response = await Client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in response.S3Objects ?? [])
            {
                if (!item.Key.EndsWith('/'))
                {
                    yield return new S3ImportObject(item.Key, item.Key[keyPrefix.Length..], item.Size ?? 0);
                }
            }
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
    }

    /// <summary>The object's bytes, or null (with the length read) once it is longer than <paramref name="cap"/>.</summary>
    public async Task<byte[]?> ReadAsync(string key, long cap, CancellationToken cancellationToken)
    {
        using var response = await Client.GetObjectAsync(storage.Value.S3Bucket, key, cancellationToken);
        if (response.ContentLength > cap)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
        return buffer.Length > cap ? null : buffer.ToArray();
    }

    private IAmazonS3 Client => services.GetRequiredService<IAmazonS3>();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex SafeTenant();
}
