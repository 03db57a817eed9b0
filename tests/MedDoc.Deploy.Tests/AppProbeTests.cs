using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// The paths the manifests probe, route and scrape are served by the real API, started from the
/// test's build with the dev overlay's settings (its local database and folder instead of
/// PostgreSQL and S3) on a loopback port.
/// </summary>
public sealed class AppProbeTests
{
    [Fact]
    public async Task ApiServesEveryPathTheManifestsProbeRouteOrScrape()
    {
        var dir = Directory.CreateTempSubdirectory("meddoc-probe-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "MedDoc.Api.dll") },
            WorkingDirectory = dir,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in AppEnvironment.Read.Concat(AppEnvironment.Framework))
        {
            start.Environment.Remove(name);
        }

        foreach (var (key, value) in Kustomize.Render("dev").Generated("ConfigMap", "api-config").StringMap("data"))
        {
            start.Environment[key] = value;
        }

        start.Environment.Remove("S3_BUCKET");
        // The overlay's Redis is a cluster Service; the test script's real redis-server stands in for it when running.
        if (Environment.GetEnvironmentVariable("MEDDOC_TEST_REDIS_URL") is { Length: > 0 } redis)
        {
            start.Environment["REDIS_URL"] = redis;
        }
        else
        {
            start.Environment.Remove("REDIS_URL");
        }
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["DB_URL"] = "sqlite:///" + Path.Combine(dir, "app.db");
        start.Environment["DB_MIGRATE_ON_START"] = "true";
        start.Environment["STORAGE_DIR"] = Path.Combine(dir, "documents");
        // No UI: its SPA fallback would answer 200 for any unknown path and hide a missing endpoint.
        start.Environment["WEB_DIST_DIR"] = Path.Combine(dir, "no-ui");

        using var api = Process.Start(start)!;
        api.OutputDataReceived += (_, _) => { };
        api.ErrorDataReceived += (_, _) => { };
        api.BeginOutputReadLine();
        api.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            var health = await GetWhenUpAsync(http, "/health", api);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            var deployment = Kustomize.Render("dev").Single("Deployment", "api");
            var container = Manifests.Containers(deployment).Single();
            var annotations = deployment.StringMap("spec.template.metadata.annotations");
            var routed = Kustomize.Render("dev").Single("Ingress", "meddoc").Seq("spec.rules").SelectMany(r => r.Seq("http.paths"))
                .Where(p => p.Str("backend.service.name") == "api").Select(p => p.Str("path")!).ToList();
            var paths = new List<string>
            {
                container.Str("livenessProbe.httpGet.path")!,
                container.Str("readinessProbe.httpGet.path")!,
                container.Str("startupProbe.httpGet.path")!,
                annotations["prometheus.io/path"],
                "/openapi/v1.json",
            };
            paths.AddRange(routed.Where(p => p != "/api" && p != "/openapi"));

            foreach (var path in paths.Distinct())
            {
                var response = await http.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            }

            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/not-a-route")).StatusCode);
            Assert.Contains("\"status\"", await (await http.GetAsync("/ready")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            // The overlay names an identity provider, so the API is not open: no token, no analysis.
            var classify = await http.PostAsync("/api/classify", new StringContent("{\"document_text\":\"WBC 7.1 Hemoglobin 13.5 Platelets 250\"}", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Unauthorized, classify.StatusCode);
            Assert.Equal("application/problem+json", classify.Content.Headers.ContentType?.MediaType);
            var config = await (await http.GetAsync("/api/auth/config")).Content.ReadAsStringAsync();
            Assert.Contains("\"mode\":\"oidc\"", config, StringComparison.Ordinal);
        }
        finally
        {
            api.Kill(entireProcessTree: true);
            api.WaitForExit(10_000);
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> GetWhenUpAsync(HttpClient http, string path, Process api)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await http.GetAsync(path);
            }
            // Up to three minutes: the server starts in seconds, but on a loaded 2-core machine it took over one.
            catch (HttpRequestException) when (attempt < 900 && !api.HasExited)
            {
                await Task.Delay(200);
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
