using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Batches;

/// <summary>Builds batch requests (repeated files, a zip) and waits for a batch to finish.</summary>
public static class BatchTestClient
{
    public static MultipartFormDataContent FilesForm(params (string Filename, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (filename, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", filename);
        }
        return form;
    }

    public static byte[] Zip(params (string Path, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                if (path.EndsWith('/'))
                {
                    archive.CreateEntry(path);
                    continue;
                }
                using var stream = archive.CreateEntry(path, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Polls GET /api/batches/{id} until the batch is done or cancelled; fails after <paramref name="seconds"/>.</summary>
    public static async Task<JsonElement> WaitUntilFinishedAsync(this HttpClient client, string id, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var batch = await (await client.GetAsync($"/api/batches/{id}")).JsonAsync();
            if (batch.GetProperty("status").GetString() is "done" or "cancelled")
            {
                return batch;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Batch {id} did not finish within {seconds} s: {batch}");
            await Task.Delay(100);
        }
    }

    /// <summary>Every document of the batch, all pages.</summary>
    public static async Task<List<JsonElement>> DocumentsAsync(this HttpClient client, string id)
    {
        var documents = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await (await client.GetAsync($"/api/batches/{id}/documents?page={page}&page_size=100")).JsonAsync();
            documents.AddRange(body.GetProperty("items").EnumerateArray());
            if (documents.Count >= body.GetProperty("total").GetInt32())
            {
                return documents;
            }
        }
    }
}
