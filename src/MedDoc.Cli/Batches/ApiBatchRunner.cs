using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedDoc.Cli.Batches;

/// <summary>
/// <c>meddoc batch DIR --api-base URL</c>: zips the folder's documents into a temporary file, submits
/// them as one batch (POST {base}/batches), follows its progress, and streams its JSON Lines results
/// into the output with each line's filename set to the document's path in the folder. Ctrl-C cancels
/// the batch's unstarted documents on the server. Problems the API answers are shown with their kind
/// and detail.
/// </summary>
public sealed class ApiBatchRunner(HttpClient client, Uri apiBase, TimeSpan pollInterval)
{
    private Uri Url(string relative) => ApiBase.Combine(apiBase, relative);

    public async Task<BatchSummary> RunAsync(BatchInput input, Stream output, BatchProgress progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var id = await SubmitAsync(input, cancellationToken);
        try
        {
            var (done, failed) = await WaitAsync(id, progress, cancellationToken);
            await CopyResultsAsync(id, input, output, cancellationToken);
            return new BatchSummary(done, failed, clock.Elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.DeleteAsync(Url($"batches/{id}"), cancel.Token);
            throw;
        }
    }

    private async Task<string> SubmitAsync(BatchInput input, CancellationToken cancellationToken)
    {
        var zipPath = Path.Combine(Path.GetTempPath(), $"meddoc-batch-{Guid.NewGuid():N}.zip");
        try
        {
            await using (var zipFile = File.Create(zipPath))
            await using (var archive = new ZipArchive(zipFile, ZipArchiveMode.Create))
            {
                foreach (var path in input.RelativePaths)
                {
                    await using var entry = await archive.CreateEntry(path, CompressionLevel.Fastest).OpenAsync(cancellationToken);
                    await using var source = File.OpenRead(input.FullPath(path));
                    await source.CopyToAsync(entry, cancellationToken);
                }
            }
            await using var upload = File.OpenRead(zipPath);
            using var form = new MultipartFormDataContent();
            var part = new StreamContent(upload);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
            form.Add(part, "file", "batch.zip");
            using var response = await SendAsync(() => client.PostAsync(Url("batches"), form, cancellationToken), "submit the batch");
            var batch = await ReadJsonAsync(response, cancellationToken);
            return batch["id"]?.GetValue<string>() ?? throw new UsageException("the API accepted the batch but sent no batch id");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot prepare the upload ({error.Message})");
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    private async Task<(int Done, int Failed)> WaitAsync(string id, BatchProgress progress, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var response = await SendAsync(() => client.GetAsync(Url($"batches/{id}"), cancellationToken), "read the batch");
            var batch = await ReadJsonAsync(response, cancellationToken);
            var done = batch["done"]!.GetValue<int>();
            var failed = batch["failed"]!.GetValue<int>() + batch["cancelled"]!.GetValue<int>();
            var status = batch["status"]!.GetValue<string>();
            if (status is "done" or "cancelled")
            {
                await progress.ReportAsync(done, failed, final: true);
                return (done, failed);
            }
            await progress.ReportAsync(done, failed);
            await Task.Delay(pollInterval, cancellationToken);
        }
    }

    private async Task CopyResultsAsync(string id, BatchInput input, Stream output, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => client.GetAsync(Url($"batches/{id}/results?format=jsonl"), HttpCompletionOption.ResponseHeadersRead, cancellationToken), "download the results");
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(body, Encoding.UTF8);
        var newline = "\n"u8.ToArray();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var item = JsonNode.Parse(line)!.AsObject();
            var index = item["index"]!.GetValue<int>();
            if (index >= 0 && index < input.RelativePaths.Count)
            {
                item["filename"] = input.RelativePaths[index];
            }
            await output.WriteAsync(Encoding.UTF8.GetBytes(item.ToJsonString()), cancellationToken);
            await output.WriteAsync(newline, cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>Sends, turning "cannot connect" and problem answers into one clear line.</summary>
    private async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send, string what)
    {
        HttpResponseMessage response;
        try
        {
            response = await send();
        }
        catch (HttpRequestException error)
        {
            throw new UsageException($"cannot reach the API at {apiBase} to {what} ({error.Message})");
        }
        catch (TaskCanceledException error) when (error.InnerException is TimeoutException)
        {
            throw new UsageException($"the API at {apiBase} did not answer in time to {what}");
        }
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            var detail = await ApiProblemDetail.ReadAsync(response, CancellationToken.None);
            throw new UsageException($"the API refused to {what}: {(int)response.StatusCode} {detail ?? response.ReasonPhrase}");
        }
    }

    private static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?.AsObject()
                ?? throw new UsageException("the API answered an empty body");
        }
        catch (JsonException)
        {
            throw new UsageException($"the API at {response.RequestMessage?.RequestUri} did not answer JSON; is --api-base the API's /api address?");
        }
    }
}
