using System.Text;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Batches;

/// <summary>BATCH_MAX_DOCUMENTS / BATCH_MAX_MB refuse a batch up front, and with no workers (BATCH_WORKERS=0) a queued batch can be cancelled.</summary>
public sealed class BatchLimitsTests(BatchLimitsTests.LimitedFactory factory) : IClassFixture<BatchLimitsTests.LimitedFactory>
{
    public sealed class LimitedFactory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["BATCH_MAX_DOCUMENTS"] = "3",
            ["BATCH_MAX_MB"] = "1",
            ["BATCH_WORKERS"] = "0",
        };
    }

    private static readonly byte[] Chest = Encoding.UTF8.GetBytes("FINDINGS: Cardiomegaly.");

    [Fact]
    public async Task MoreDocumentsThanTheLimitAreRefusedAndNothingIsLeftBehind()
    {
        var client = factory.CreateClient();
        var before = (await (await client.GetAsync("/api/batches")).JsonAsync()).GetProperty("total").GetInt32();

        var files = await client.PostAsync("/api/batches", BatchTestClient.FilesForm(("a.txt", Chest), ("b.txt", Chest), ("c.txt", Chest), ("d.txt", Chest)));
        var zip = await client.PostAsync("/api/batches", HttpTestExtensions.FileForm(
            BatchTestClient.Zip(("a.txt", Chest), ("b.txt", Chest), ("c.txt", Chest), ("d.txt", Chest)), "four.zip"));
        var json = await client.PostJsonAsync("/api/batches", new { documents = Enumerable.Repeat(new { document_text = "x" }, 4) });

        var problem = await files.AssertProblemAsync(413, "batch_too_many_documents");
        Assert.Contains("BATCH_MAX_DOCUMENTS", problem.GetProperty("detail").GetString());
        await zip.AssertProblemAsync(413, "batch_too_many_documents");
        await json.AssertProblemAsync(413, "batch_too_many_documents");
        Assert.Equal(before, (await (await client.GetAsync("/api/batches")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Empty(Directory.GetFiles(factory.StorageDirectory));
    }

    [Fact]
    public async Task AnArchiveThatExpandsPastTheByteLimitIsRefusedBeforeAnythingIsStaged()
    {
        var client = factory.CreateClient();
        var bomb = BatchTestClient.Zip(("zeros.txt", new byte[3 * 1024 * 1024]));
        Assert.True(bomb.Length < 64 * 1024);

        var response = await client.PostAsync("/api/batches", HttpTestExtensions.FileForm(bomb, "small.zip"));

        var problem = await response.AssertProblemAsync(413, "batch_too_large");
        Assert.Contains("BATCH_MAX_MB", problem.GetProperty("detail").GetString());
        Assert.Empty(Directory.GetFiles(factory.StorageDirectory));
    }

    [Fact]
    public async Task CancellingAQueuedBatchCancelsEveryDocumentAndRemovesTheStagedFiles()
    {
        var client = factory.CreateClient();
        var id = (await (await client.PostAsync("/api/batches", BatchTestClient.FilesForm(("a.txt", Chest), ("b.txt", Chest)))).JsonAsync())
            .GetProperty("id").GetString()!;
        Assert.Equal(2, Directory.GetFiles(factory.StorageDirectory).Length);

        var cancelled = await client.DeleteAsync($"/api/batches/{id}");

        Assert.Equal(200, (int)cancelled.StatusCode);
        var batch = await cancelled.JsonAsync();
        Assert.Equal("cancelled", batch.GetProperty("status").GetString());
        Assert.Equal(2, batch.GetProperty("cancelled").GetInt32());
        Assert.Equal(0, batch.GetProperty("queued").GetInt32());
        Assert.Empty(Directory.GetFiles(factory.StorageDirectory));
        Assert.All(await client.DocumentsAsync(id), item => Assert.Equal("cancelled", item.GetProperty("status").GetString()));
        Assert.Equal(200, (int)(await client.DeleteAsync($"/api/batches/{id}")).StatusCode);
    }
}
