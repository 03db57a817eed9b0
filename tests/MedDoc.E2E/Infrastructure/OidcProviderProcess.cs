using System.Diagnostics;
using System.Text;

namespace MedDoc.E2E.Infrastructure;

/// <summary>
/// A real OpenID Connect provider (the npm package oidc-provider, tests/MedDoc.E2E/oidc/provider.mjs) as a child
/// process on a free 127.0.0.1 port: one public PKCE client for the UI, JWT access tokens for the API's
/// audience with the tenant and roles claims, and one synthetic user signing in through a login form.
/// </summary>
public sealed class OidcProviderProcess : IAsyncDisposable
{
    public const string ClientId = "meddoc-ui";
    public const string Audience = "meddoc-api";
    public const string Username = "dana.coder";
    public const string Password = "correct horse battery staple";
    public const string DisplayName = "Dana Coder";
    public const string Tenant = "st-elsewhere";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private OidcProviderProcess(Process process, StringBuilder output, Uri issuer)
    {
        _process = process;
        _output = output;
        Issuer = issuer;
    }

    /// <summary>The issuer URL, e.g. http://127.0.0.1:41234 (OIDC_AUTHORITY).</summary>
    public Uri Issuer { get; }

    public static string Directory => Path.Combine(E2EEnvironment.RepositoryRoot, "tests", "MedDoc.E2E", "oidc");

    /// <summary>Why the provider cannot run here (no node, or its package not installed), or null.</summary>
    public static string? MissingPrerequisite()
    {
        if (!File.Exists(Path.Combine(Directory, "node_modules", "oidc-provider", "package.json")))
        {
            return $"the OpenID provider's package is not installed (cd {Directory} && npm ci; scripts/test.sh does it)";
        }
        return FindNode() is null ? "node is not on PATH (Node.js >= 20.19 is required)" : null;
    }

    /// <summary>What the provider printed so far (its warnings and errors).</summary>
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

    /// <summary>Starts the provider for a UI served at <paramref name="appOrigin"/>, with access tokens that live <paramref name="accessTokenLifetime"/>.</summary>
    public static async Task<OidcProviderProcess> StartAsync(Uri appOrigin, TimeSpan accessTokenLifetime)
    {
        var port = ApiServer.FreePort();
        var start = new ProcessStartInfo(FindNode() ?? "node")
        {
            ArgumentList =
            {
                "provider.mjs",
                "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--app-origin", appOrigin.GetLeftPart(UriPartial.Authority),
                "--audience", Audience,
                "--client-id", ClientId,
                "--access-token-seconds", ((int)accessTokenLifetime.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var output = new StringBuilder();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) =>
        {
            Append(output, line.Data);
            if (line.Data?.StartsWith("oidc-provider listening on ", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var provider = new OidcProviderProcess(process, output, new Uri($"http://127.0.0.1:{port}"));
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartupTimeout));
        if (first != listening.Task)
        {
            await provider.DisposeAsync();
            throw new InvalidOperationException($"The OpenID provider did not start within {StartupTimeout.TotalSeconds} s:\n{provider.Output}");
        }
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "node"))
            .FirstOrDefault(File.Exists);

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
}
