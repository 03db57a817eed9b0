using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MedDoc.E2E.Infrastructure;

/// <summary>
/// The real MedDoc API as a child process (<c>dotnet MedDoc.Api.dll</c>) on a free loopback port,
/// with a temporary SQLite database and document folder, serving the built web UI.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(180);

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _dataDirectory;

    private ApiServer(Process process, StringBuilder output, string dataDirectory, Uri baseAddress)
    {
        _process = process;
        _output = output;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the server printed so far (start-up lines and errors; it never logs document text).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the API in local mode, or with <paramref name="identity"/>'s settings (OIDC_*) on <paramref name="port"/>
    /// (the identity provider must know the UI's origin before the API starts).
    /// </summary>
    public static async Task<ApiServer> StartAsync(string apiAssembly, string webDist, IReadOnlyDictionary<string, string>? identity = null, int? port = null)
    {
        port ??= FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var dataDirectory = Directory.CreateTempSubdirectory("meddoc-e2e-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { apiAssembly },
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DB_URL"] = $"sqlite:///{Path.Combine(dataDirectory, "e2e.db")}";
        start.Environment["STORAGE_DIR"] = Path.Combine(dataDirectory, "documents");
        start.Environment["WEB_DIST_DIR"] = webDist;
        start.Environment["USE_CLAUDE_REAL"] = "false";
        start.Environment.Remove("ANTHROPIC_API_KEY");
        start.Environment.Remove("S3_BUCKET");
        foreach (var (name, value) in identity ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ApiServer(process, output, dataDirectory, baseAddress);
        try
        {
            await server.WaitUntilHealthyAsync();
            if (identity is null)
            {
                // With identity on, the warm-up would need a token; the sign-in test allows for a cold engine instead.
                await server.WarmUpEngineAsync();
            }
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartupTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode} before answering /health:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting; try again.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The API did not answer /health within {StartupTimeout.TotalSeconds} s:\n{Output}");
    }

    /// <summary>
    /// Runs one synthetic analysis so the engine's rules and terminology are loaded before the first
    /// browser test: on a busy two-core CI machine that cold start alone can outlast a navigation timeout.
    /// </summary>
    private async Task WarmUpEngineAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = StartupTimeout };
        using var body = new StringContent(
            "{\"document_text\": \"CHEST X-RAY. Findings: No pneumothorax. Impression: Mild cardiomegaly.\"}",
            Encoding.UTF8,
            "application/json");
        using var response = await http.PostAsync("/api/analyze", body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The warm-up analysis answered {(int)response.StatusCode}:\n{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>A port nothing listens on at this moment, on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
