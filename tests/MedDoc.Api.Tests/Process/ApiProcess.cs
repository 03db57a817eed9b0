using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MedDoc.Api.Tests.Process;

/// <summary>
/// A real <c>dotnet MedDoc.Api.dll</c> child process on a free loopback port, for what only a real
/// process shows: start-up failures and exit codes, and crash safety under kill -9.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private ApiProcess(System.Diagnostics.Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string StandardError { get { lock (_stderr) { return _stderr.ToString(); } } }

    public string StandardOutput { get { lock (_stdout) { return _stdout.ToString(); } } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ApiProcess Start(IReadOnlyDictionary<string, string> environment, int? port = null, IReadOnlyList<string>? arguments = null)
    {
        var chosenPort = port ?? FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ApiAssemblyPath() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments ?? [])
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var name in global::MedDoc.Api.Infrastructure.EnvironmentVariables.All)
        {
            info.Environment.Remove(name);
        }
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosenPort}";
        info.Environment["WEB_DIST_DIR"] = Path.Combine(Path.GetTempPath(), "meddoc-no-web-ui");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = new System.Diagnostics.Process { StartInfo = info };
        var api = new ApiProcess(process, chosenPort);
        process.OutputDataReceived += (_, line) => { lock (api._stdout) { api._stdout.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (api._stderr) { api._stderr.AppendLine(line.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>
    /// Waits until /health answers; throws with the process output when it does not within three minutes
    /// (start-up takes seconds, but a shared CI machine under load can stretch it past one minute).
    /// </summary>
    public async Task WaitUntilHealthyAsync()
    {
        // A first request can take seconds on a loaded machine (the pipeline is compiled on first use).
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {_process.ExitCode}: {StandardError} {StandardOutput}");
            }
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
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The API did not become healthy: {StandardError} {StandardOutput}");
    }

    /// <summary>Waits for the process to exit by itself; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; what a crash or an OOM kill looks like.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        KillHard();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>src/MedDoc.Api/bin/&lt;same configuration&gt;/net10.0/MedDoc.Api.dll, built with the tests.</summary>
    private static string ApiAssemblyPath()
    {
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testDirectory.Parent!.Name;
        for (var directory = testDirectory; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "MedDoc.Api", "bin", configuration, testDirectory.Name, "MedDoc.Api.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("MedDoc.Api.dll was not found next to the sources; build src/MedDoc.Api first.");
    }
}
