using System.Text;
using Amazon.Runtime;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Storage;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Storage;

/// <summary>The whole API with S3_BUCKET set: originals go to the S3-protocol server and come back from it.</summary>
public sealed class S3ApiTests(S3ApiTests.S3Factory factory) : IClassFixture<S3ApiTests.S3Factory>
{
    public sealed class S3Factory : SqliteApiFactory
    {
        public string Bucket { get; } = $"meddoc-api-{Guid.NewGuid():N}"[..30];

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            [EnvironmentVariables.S3Bucket] = Bucket,
            [EnvironmentVariables.S3EndpointUrl] = TestEnvironment.S3Endpoint ?? "http://127.0.0.1:1",
            [EnvironmentVariables.AwsRegion] = "us-east-1",
        };

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
            using var client = StorageServiceCollectionExtensions.CreateS3Client(
                new StorageOptions { S3Bucket = Bucket, S3EndpointUrl = new Uri(TestEnvironment.S3Endpoint!) },
                new BasicAWSCredentials("S3RVER", "S3RVER"));
            await client.PutBucketAsync(Bucket);
        }
    }

    [SkippableFact]
    public async Task UploadReadAndDeleteGoThroughS3()
    {
        var client = factory.CreateClientOrSkip();
        var content = Encoding.UTF8.GetBytes("FINDINGS: Cardiomegaly.");

        var created = await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(content, "s3.txt"))).JsonAsync();
        var id = created.GetProperty("id").GetString();
        var read = await (await client.GetAsync($"/api/documents/{id}/content")).Content.ReadAsByteArrayAsync();
        var ready = await (await client.GetAsync("/ready")).JsonAsync();
        var deleted = await client.DeleteAsync($"/api/documents/{id}");

        Assert.Equal(content, read);
        Assert.Equal("ok", ready.GetProperty("checks").GetProperty("storage").GetString());
        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Empty(Directory.GetFiles(factory.StorageDirectory));
    }
}
