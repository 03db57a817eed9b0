using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Batches;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Process;

/// <summary>
/// kill -9 of a real API process in the middle of a 3,000-document batch (large enough that a quiet machine cannot finish it between two looks): after a restart on the same
/// SQLite file and storage folder the batch resumes and finishes, and every document is stored exactly
/// once, whole. See docs/decisions/006-batch-jobs.md.
/// </summary>
public sealed class BatchCrashTests : IDisposable
{
    private const int Documents = 3000;
    private readonly string _directory = Directory.CreateTempSubdirectory("meddoc-batch-crash-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Dictionary<string, string> Environment => new()
    {
        ["DB_URL"] = $"sqlite:///{_directory}/app.db",
        ["STORAGE_DIR"] = Path.Combine(_directory, "documents"),
        ["BATCH_WORKERS"] = "4",
        // A killed worker's fetched jobs come back after this long, instead of the default five minutes.
        ["BATCH_JOB_TIMEOUT_SECONDS"] = "3",
        // The test follows the batch every 20 ms: more than one caller's request budget.
        [EnvironmentVariables.RateLimitPerMinute] = "0",
        [EnvironmentVariables.TenantRateLimitPerMinute] = "0",
    };

    [Fact]
    public async Task ABatchKilledMidwayResumesAfterARestartAndStoresEveryDocumentExactlyOnce()
    {
        var sent = Enumerable.Range(0, Documents).ToDictionary(
            index => $"note-{index:D4}.txt",
            index => Encoding.UTF8.GetBytes($"FINDINGS: Cardiomegaly. Note {index}. " + new string('x', 200 + (index * 37 % 3000))));
        string id;
        await using (var api = ApiProcess.Start(Environment))
        {
            await api.WaitUntilHealthyAsync();
            using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            var response = await client.PostAsync("/api/batches", BatchTestClient.FilesForm([.. sent.Select(pair => (pair.Key, pair.Value))]));
            Assert.Equal(202, (int)response.StatusCode);
            id = (await response.JsonAsync()).GetProperty("id").GetString()!;

            var deadline = DateTime.UtcNow.AddMinutes(2);
            int done;
            do
            {
                await Task.Delay(20);
                done = (await (await client.GetAsync($"/api/batches/{id}")).JsonAsync()).GetProperty("done").GetInt32();
                Assert.True(DateTime.UtcNow < deadline, "The batch did not start within two minutes.");
            }
            while (done < 100);
            Assert.True(done < Documents, "The batch finished before it could be killed; make it larger.");
            api.KillHard();
        }

        await using var restarted = ApiProcess.Start(Environment);
        await restarted.WaitUntilHealthyAsync();
        using var reader = new HttpClient { BaseAddress = restarted.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var batch = await reader.WaitUntilFinishedAsync(id, seconds: 240);

        Assert.Equal("done", batch.GetProperty("status").GetString());
        Assert.Equal(Documents, batch.GetProperty("done").GetInt32());
        Assert.Equal(0, batch.GetProperty("failed").GetInt32());
        var items = await reader.DocumentsAsync(id);
        var documentIds = items.Select(item => item.GetProperty("document_id").GetString()!).ToList();
        Assert.Equal(Documents, documentIds.Distinct().Count());

        var listed = new List<JsonElement>();
        for (var page = 1; listed.Count < Documents + 1; page++)
        {
            var body = await (await reader.GetAsync($"/api/documents?page={page}&page_size=100")).JsonAsync();
            var pageItems = body.GetProperty("items").EnumerateArray().ToList();
            listed.AddRange(pageItems);
            if (pageItems.Count < 100)
            {
                break;
            }
        }
        Assert.Equal(Documents, listed.Count);
        Assert.Equal(documentIds.ToHashSet(), listed.Select(item => item.GetProperty("id").GetString()!).ToHashSet());
        Assert.Equal(sent.Keys.ToHashSet(), listed.Select(item => item.GetProperty("filename").GetString()!).ToHashSet());
        foreach (var item in listed)
        {
            var original = sent[item.GetProperty("filename").GetString()!];
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(original)), item.GetProperty("sha256").GetString());
        }
        foreach (var item in listed.Take(50))
        {
            var content = await reader.GetByteArrayAsync($"/api/documents/{item.GetProperty("id").GetString()}/content");
            Assert.Equal(sent[item.GetProperty("filename").GetString()!], content);
        }
        Assert.Equal(Documents, Directory.GetFiles(Path.Combine(_directory, "documents")).Length);
    }
}
