using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MedDoc.Api.Infrastructure;
using MedDoc.Llm.Configuration;

namespace MedDoc.Deploy.Tests.Support;

/// <summary>
/// The metric names a real API process exports once every path a dashboard shows has run: it
/// starts MedDoc.Api.dll (built beside these tests) on a free loopback port with SQLite, Claude on
/// and routing every document to a local fake Anthropic API that answers 529 (so calls fail and
/// fall back), drives uploads, lists, deletes, analyses, errors, /ready and the quick evaluation,
/// then scrapes /metrics once.
/// </summary>
public static partial class ScrapedApi
{
    private static readonly Lazy<IReadOnlySet<string>> Names = new(ScrapeAsync().GetAwaiter().GetResult);

    /// <summary>Every metric name (without labels) on /metrics.</summary>
    public static IReadOnlySet<string> MetricNames => Names.Value;

    private static async Task<IReadOnlySet<string>> ScrapeAsync()
    {
        using var claude = new OverloadedClaude();
        var directory = Directory.CreateTempSubdirectory("meddoc-scrape-");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "MedDoc.Api.dll") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory.FullName,
        };
        foreach (var name in EnvironmentVariables.All)
        {
            start.Environment.Remove(name);
        }
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment[EnvironmentVariables.DbUrl] = $"sqlite:///{Path.Combine(directory.FullName, "app.db")}";
        start.Environment[EnvironmentVariables.StorageDir] = Path.Combine(directory.FullName, "documents");
        start.Environment[EnvironmentVariables.WebDistDir] = Path.Combine(directory.FullName, "no-ui");
        start.Environment[LlmEnvironment.UseClaudeReal] = "true";
        start.Environment[LlmEnvironment.AnthropicApiKey] = "test-key-not-secret";
        start.Environment[LlmEnvironment.AnthropicBaseUrl] = claude.BaseUrl;
        start.Environment[LlmEnvironment.LlmRouting] = "always";
        start.Environment[LlmEnvironment.LlmMaxRetries] = "0";
        start.Environment[LlmEnvironment.LlmCacheSize] = "0";
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
            await WaitUntilHealthyAsync(client, process);
            var text = new Dictionary<string, string> { ["document_text"] = "FINDINGS: The heart is enlarged. No pleural effusion.\nIMPRESSION: Cardiomegaly." };
            var created = await (await client.PostAsJsonAsync("/api/documents", text)).Content.ReadFromJsonAsync<Dictionary<string, object>>();
            await client.GetAsync("/api/documents?page=1&page_size=5");
            await client.DeleteAsync($"/api/documents/{created!["id"]}");
            await client.PostAsJsonAsync("/api/analyze", text);
            await client.PostAsJsonAsync("/api/classify", new Dictionary<string, string> { ["document_text"] = " " });
            await client.GetAsync("/ready");
            await client.GetAsync("/api/eval/quick");
            var metrics = await client.GetStringAsync("/metrics");
            return MetricLine().Matches(metrics).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            directory.Delete(recursive: true);
        }
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client, Process process)
    {
        for (var attempt = 0; attempt < 480; attempt++)
        {
            Assert.False(process.HasExited, $"the API exited with {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        Assert.Fail("the API did not answer /health within 2 minutes");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{| )", RegexOptions.Multiline)]
    private static partial Regex MetricLine();

    /// <summary>A fake Anthropic Messages API on a free loopback port that answers 529 (overloaded) to everything.</summary>
    private sealed class OverloadedClaude : IDisposable
    {
        private readonly HttpListener _listener = new();

        public OverloadedClaude()
        {
            BaseUrl = $"http://127.0.0.1:{FreePort()}";
            _listener.Prefixes.Add(BaseUrl + "/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string BaseUrl { get; }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                try
                {
                    var context = await _listener.GetContextAsync();
                    context.Response.StatusCode = 529;
                    context.Response.ContentType = "application/json";
                    await context.Response.OutputStream.WriteAsync("""{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"""u8.ToArray());
                    context.Response.Close();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
            }
        }

        public void Dispose() => _listener.Close();
    }
}
