using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>/ready answers 503 and names the check that failed; /health stays 200.</summary>
public sealed class ReadinessFailureTests
{
    private sealed class UnmigratedFactory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            [EnvironmentVariables.DbMigrateOnStart] = "false",
        };
    }

    private sealed class DeadS3Factory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            [EnvironmentVariables.S3Bucket] = "meddoc-nowhere",
            [EnvironmentVariables.S3EndpointUrl] = $"http://127.0.0.1:{Process.ApiProcess.FreePort()}",
            [EnvironmentVariables.AwsRegion] = "us-east-1",
        };
    }

    [Fact]
    public async Task DatabaseWithoutTablesIsNotReadyAndNamedSo()
    {
        await using var factory = new UnmigratedFactory();
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/ready");

        Assert.Equal(503, (int)ready.StatusCode);
        var body = await ready.JsonAsync();
        Assert.Equal("not_ready", body.GetProperty("status").GetString());
        Assert.StartsWith("failed", body.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("storage").GetString());
        Assert.Equal(200, (int)(await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task UnreachableDocumentStoreIsNotReadyAndNamedSo()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "S3RVER");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "S3RVER");
        await using var factory = new DeadS3Factory();

        var ready = await factory.CreateClient().GetAsync("/ready");

        Assert.Equal(503, (int)ready.StatusCode);
        var body = await ready.JsonAsync();
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("database").GetString());
        Assert.StartsWith("failed", body.GetProperty("checks").GetProperty("storage").GetString());
    }

    [Fact]
    public async Task LocalStorageFolderRemovedIsNotReady()
    {
        await using var factory = new SqliteApiFactory();
        var client = factory.CreateClient();
        Assert.Equal(200, (int)(await client.GetAsync("/ready")).StatusCode);
        Directory.Delete(factory.StorageDirectory, recursive: true);

        var ready = await client.GetAsync("/ready");

        Directory.CreateDirectory(factory.StorageDirectory);
        Assert.Equal(503, (int)ready.StatusCode);
        Assert.StartsWith("failed", (await ready.JsonAsync()).GetProperty("checks").GetProperty("storage").GetString());
    }
}
