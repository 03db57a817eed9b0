using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Storage;

namespace MedDoc.Api.Tests.Infrastructure;

/// <summary>
/// The API with S3_BUCKET set to a fresh bucket of the test S3-protocol server (s3rver,
/// MEDDOC_TEST_S3_ENDPOINT); skipped locally when the server is missing, failed when CI=true.
/// <see cref="S3"/> lets a test put and read objects beside the API.
/// </summary>
public class S3ApiFactory : SqliteApiFactory
{
    public string Bucket { get; } = $"meddoc-api-{Guid.NewGuid():N}"[..30];

    public AmazonS3Client? S3 { get; private set; }

    /// <summary>More settings for a subclass, on top of the S3 ones.</summary>
    protected virtual IReadOnlyDictionary<string, string> MoreSettings { get; } = new Dictionary<string, string>();

    protected sealed override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(MoreSettings)
    {
        [EnvironmentVariables.S3Bucket] = Bucket,
        [EnvironmentVariables.S3EndpointUrl] = TestEnvironment.S3Endpoint ?? "http://127.0.0.1:1",
        [EnvironmentVariables.AwsRegion] = "us-east-1",
    };

    public async Task PutAsync(string key, string text) =>
        await S3!.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = text, UseChunkEncoding = false });

    protected override async Task InitializeDatabaseAsync()
    {
        SkipReason = TestEnvironment.RequireOrSkip(TestEnvironment.S3Endpoint, TestEnvironment.S3EndpointVariable);
        if (SkipReason is not null)
        {
            return;
        }
        // The AWS SDK reads credentials from the environment, as it does in production.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "S3RVER");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "S3RVER");
        S3 = StorageServiceCollectionExtensions.CreateS3Client(
            new StorageOptions { S3Bucket = Bucket, S3EndpointUrl = new Uri(TestEnvironment.S3Endpoint!) },
            new BasicAWSCredentials("S3RVER", "S3RVER"));
        await S3.PutBucketAsync(Bucket);
    }

    protected override async Task DropDatabaseAsync()
    {
        S3?.Dispose();
        await base.DropDatabaseAsync();
    }
}
