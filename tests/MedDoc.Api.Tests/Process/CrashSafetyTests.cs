using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MedDoc.Api.Tests.Process;

/// <summary>
/// kill -9 of a real API process in the middle of concurrent uploads: after a restart on the same
/// SQLite file and storage folder, every document answered 201 is listed and complete (metadata and
/// bytes), and every listed document is one a client really sent, whole. See docs/decisions/005-document-write-order.md.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("meddoc-crash-test-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Dictionary<string, string> Environment => new()
    {
        ["DB_URL"] = $"sqlite:///{_directory}/app.db",
        ["STORAGE_DIR"] = Path.Combine(_directory, "documents"),
        // Eight uploaders are one caller: its analysis budget would stop the burst before the kill.
        ["ANALYSIS_RATE_LIMIT_PER_MINUTE"] = "0",
        ["RATE_LIMIT_PER_MINUTE"] = "0",
    };

    [Fact]
    public async Task DocumentsAnsweredCreatedSurviveAKillAndNothingPartialIsListed()
    {
        var sent = new ConcurrentDictionary<string, byte[]>();
        var created = new ConcurrentDictionary<string, string>();
        await using (var api = ApiProcess.Start(Environment))
        {
            await api.WaitUntilHealthyAsync();
            using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            using var stop = new CancellationTokenSource();
            var uploaders = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var filename = $"w{worker}-{i}.txt";
                    var content = Encoding.UTF8.GetBytes($"FINDINGS: Cardiomegaly. Upload {filename}. " + new string('x', 2000 + (i * 37 % 5000)));
                    sent[filename] = content;
                    try
                    {
                        var file = new ByteArrayContent(content);
                        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
                        var response = await client.PostAsync("/api/documents", new MultipartFormDataContent { { file, "file", filename } });
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                            created[body.GetProperty("id").GetString()!] = filename;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToArray();

            while (created.Count < 40)
            {
                await Task.Delay(20);
            }
            api.KillHard();
            stop.Cancel();
            await Task.WhenAll(uploaders);
        }

        await using var restarted = ApiProcess.Start(Environment);
        await restarted.WaitUntilHealthyAsync();
        using var reader = new HttpClient { BaseAddress = restarted.BaseAddress };
        var listed = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = JsonDocument.Parse(await reader.GetStringAsync($"/api/documents?page={page}&page_size=100")).RootElement;
            listed.AddRange(body.GetProperty("items").EnumerateArray());
            if (listed.Count >= body.GetProperty("total").GetInt32())
            {
                break;
            }
        }

        var listedIds = listed.Select(item => item.GetProperty("id").GetString()!).ToHashSet();
        Assert.Superset(created.Keys.ToHashSet(), listedIds);
        foreach (var item in listed)
        {
            var id = item.GetProperty("id").GetString()!;
            var filename = item.GetProperty("filename").GetString()!;
            Assert.True(sent.TryGetValue(filename, out var original), $"{filename} was listed but never sent");
            var content = await reader.GetByteArrayAsync($"/api/documents/{id}/content");
            Assert.Equal(original, content);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(original)), item.GetProperty("sha256").GetString());
            Assert.Equal(original.Length, item.GetProperty("size_bytes").GetInt64());
            var document = JsonDocument.Parse(await reader.GetStringAsync($"/api/documents/{id}")).RootElement;
            Assert.Equal(JsonValueKind.Object, document.GetProperty("analysis").ValueKind);
        }
        Assert.Empty(Directory.GetFiles(Path.Combine(_directory, "documents"), "*.tmp"));
    }
}
