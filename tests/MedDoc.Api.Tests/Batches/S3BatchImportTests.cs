using System.Text;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Batches;

/// <summary>
/// With the S3 store, POST /api/batches {"s3_prefix": ...} imports the objects of the caller's
/// tenant folder (imports/&lt;tenant&gt;/...) as one batch, against a real S3-protocol server (s3rver).
/// </summary>
public sealed class S3BatchImportTests(S3BatchImportTests.S3Factory factory) : IClassFixture<S3BatchImportTests.S3Factory>
{
    /// <summary>The API storing documents in a fresh bucket of the test s3rver; at most 5 documents a batch.</summary>
    public sealed class S3Factory : S3ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> MoreSettings { get; } = new Dictionary<string, string>
        {
            [EnvironmentVariables.BatchMaxDocuments] = "5",
        };
    }

    private const string Chest = "FINDINGS: Cardiomegaly. No pleural effusion.";

    [SkippableFact]
    public async Task ObjectsInTheTenantsFolderBecomeABatchAndTheWrongTypeFailsWithItsReason()
    {
        var client = factory.CreateClientOrSkip();
        await factory.PutAsync("imports/local/night-1/a.txt", Chest);
        await factory.PutAsync("imports/local/night-1/ward-b/b.txt", "IMPRESSION: Right lower lobe pneumonia.");
        await factory.PutAsync("imports/local/night-1/setup.exe", "MZ");
        await factory.PutAsync("imports/local/night-2/not-this-night.txt", Chest);
        await factory.PutAsync("imports/someone-else/night-1/not-this-tenant.txt", Chest);

        var response = await client.PostJsonAsync("/api/batches", new { s3_prefix = "night-1/" });

        Assert.Equal(202, (int)response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        var batch = await client.WaitUntilFinishedAsync(id);
        Assert.Equal(3, batch.GetProperty("total").GetInt32());
        Assert.Equal(2, batch.GetProperty("done").GetInt32());
        var documents = await client.DocumentsAsync(id);
        Assert.Equal(["a.txt", "setup.exe", "b.txt"], documents.Select(document => document.GetProperty("filename").GetString()));
        Assert.Contains(".exe", documents[1].GetProperty("failure_reason").GetString());
        var stored = documents[0].GetProperty("document_id").GetString();
        Assert.Equal(Chest, await (await client.GetAsync($"/api/documents/{stored}/content")).Content.ReadAsStringAsync());
        using var source = await factory.S3!.GetObjectAsync(factory.Bucket, "imports/local/night-1/a.txt");
        Assert.Equal(Chest, await new StreamReader(source.ResponseStream, Encoding.UTF8).ReadToEndAsync());
    }

    [SkippableTheory]
    [InlineData("../someone-else/night-1/")]
    [InlineData("night-1/../../someone-else/")]
    public async Task APrefixThatLeavesTheTenantsFolderIsRefused(string prefix)
    {
        var client = factory.CreateClientOrSkip();

        var problem = await (await client.PostJsonAsync("/api/batches", new { s3_prefix = prefix })).AssertProblemAsync(400, "invalid_s3_prefix");

        Assert.Contains("imports/", problem.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task MoreObjectsThanTheLimitOrAnEmptyFolderOrTwoSourcesAreRefusedAndCreateNoBatch()
    {
        var client = factory.CreateClientOrSkip();
        for (var index = 0; index < 6; index++)
        {
            await factory.PutAsync($"imports/local/big-night/{index}.txt", Chest);
        }
        var before = (await (await client.GetAsync("/api/batches")).JsonAsync()).GetProperty("total").GetInt32();

        await (await client.PostJsonAsync("/api/batches", new { s3_prefix = "big-night/" })).AssertProblemAsync(413, "batch_too_many_documents");
        await (await client.PostJsonAsync("/api/batches", new { s3_prefix = "no-such-night/" })).AssertProblemAsync(400, "empty_batch");
        await (await client.PostJsonAsync("/api/batches", new { s3_prefix = "big-night/", documents = new[] { new { document_text = Chest } } }))
            .AssertProblemAsync(400, "invalid_json");

        Assert.Equal(before, (await (await client.GetAsync("/api/batches")).JsonAsync()).GetProperty("total").GetInt32());
    }
}
