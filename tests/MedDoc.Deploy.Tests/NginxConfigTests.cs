using System.Net;
using System.Net.Sockets;
using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// deploy/docker/nginx.conf, run by a real nginx on loopback (paths and port moved into a
/// temporary folder): the probes answer, client routes fall back to index.html, missing assets
/// are 404, and the include folder for the compose proxy is optional.
/// </summary>
public sealed class NginxConfigTests
{
    [Fact]
    public void ConfigListensOn8080ForUnprivilegedNginxWithEverythingWritableUnderTmp()
    {
        var config = Repo.Read("deploy", "docker", "nginx.conf");

        Assert.Contains("listen 8080;", config, StringComparison.Ordinal);
        Assert.Contains("pid /tmp/nginx.pid;", config, StringComparison.Ordinal);
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            Assert.Contains($"{temp}_temp_path /tmp/", config, StringComparison.Ordinal);
        }

        Assert.Contains("try_files $uri $uri/ /index.html;", config, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NginxServesProbesAssetsAndTheSpaFallback()
    {
        var nginx = Processes.Require("nginx");
        var dir = Directory.CreateTempSubdirectory("meddoc-nginx-").FullName;
        // nginx's workers drop to an unprivileged user when the test runs as root: let them read.
        File.SetUnixFileMode(dir, (UnixFileMode)Convert.ToInt32("755", 8));
        var port = FreePort();
        System.Diagnostics.Process? server = null;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "html", "assets"));
            Directory.CreateDirectory(Path.Combine(dir, "extra"));
            await File.WriteAllTextAsync(Path.Combine(dir, "html", "index.html"), "<!doctype html><title>MedDoc</title>");
            await File.WriteAllTextAsync(Path.Combine(dir, "html", "assets", "app-1a2b.js"), "console.log(1);");
            var config = Repo.Read("deploy", "docker", "nginx.conf")
                .Replace("listen 8080;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal)
                .Replace("/tmp/", dir + "/", StringComparison.Ordinal)
                .Replace("root /usr/share/nginx/html;", $"root {dir}/html;", StringComparison.Ordinal)
                .Replace("/etc/nginx/meddoc.d/", dir + "/extra/", StringComparison.Ordinal)
                .Replace("/dev/stdout", dir + "/access.log", StringComparison.Ordinal)
                .Replace("/dev/stderr", dir + "/error.log", StringComparison.Ordinal);
            var configPath = Path.Combine(dir, "nginx.conf");
            await File.WriteAllTextAsync(configPath, config);

            var check = Processes.Run(nginx, ["-t", "-q", "-c", configPath, "-p", dir + "/", "-e", dir + "/error.log"]);
            Assert.True(check.ExitCode == 0, check.Output);
            // In the foreground, as in the image (daemon off), so the test owns the process.
            server = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(nginx)
            {
                ArgumentList = { "-c", configPath, "-p", dir + "/", "-e", dir + "/error.log", "-g", "daemon off;" },
                UseShellExecute = false,
            });

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var health = await GetWhenUpAsync(http, "/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("{\"status\":\"healthy\"}", await health.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/ready")).StatusCode);

            var route = await http.GetAsync("/documents/42");
            Assert.Equal(HttpStatusCode.OK, route.StatusCode);
            Assert.Contains("<title>MedDoc</title>", await route.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var asset = await http.GetAsync("/assets/app-1a2b.js");
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Contains("immutable", asset.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/assets/missing.js")).StatusCode);
            foreach (var path in new[] { "/", "/documents/42", "/assets/app-1a2b.js", "/health" })
            {
                var headers = (await http.GetAsync(path)).Headers;
                Assert.Equal(["nosniff"], headers.GetValues("X-Content-Type-Options"));
                Assert.Equal(["DENY"], headers.GetValues("X-Frame-Options"));
            }
        }
        finally
        {
            if (server is not null)
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit(10_000);
                server.Dispose();
            }

            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> GetWhenUpAsync(HttpClient http, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await http.GetAsync(path);
            }
            catch (HttpRequestException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
