using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Caching;

/// <summary>
/// The cache is best effort: with REDIS_URL naming a Redis that does not answer, analyses still answer at once
/// (a repeat from the in-process copy, new text by the engine), one warning without text says the cache is
/// unavailable, and /ready reports Redis as failed.
/// </summary>
public sealed class RedisDownTests : IAsyncLifetime
{
    private readonly CachingApiFactory _factory = new($"redis://127.0.0.1:{UnusedPort()}");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await ((IAsyncLifetime)_factory).DisposeAsync();

    [Fact]
    public async Task AnalysesAnswerWithoutTheCacheWhileReadinessReportsRedis()
    {
        var client = _factory.CreateClient();
        var text = $"FINDINGS: Cardiomegaly. Marker {Guid.NewGuid():N}.";
        var body = new Dictionary<string, string> { ["document_text"] = text };

        var watch = Stopwatch.StartNew();
        var first = await client.PostJsonAsync("/api/analyze", body);
        var repeat = await client.PostJsonAsync("/api/analyze", body);
        var other = await client.PostJsonAsync("/api/analyze", new Dictionary<string, string> { ["document_text"] = text + " Other." });
        watch.Stop();
        var ready = await client.GetAsync("/ready");

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(200, (int)repeat.StatusCode);
        Assert.Equal(200, (int)other.StatusCode);
        Assert.Equal(2, _factory.Analyses);
        // Without the fail-fast check each Redis read and write would wait out the 5 s command timeout.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"three analyses took {watch.Elapsed}");
        Assert.Equal(503, (int)ready.StatusCode);
        Assert.StartsWith("failed", (await ready.JsonAsync()).GetProperty("checks").GetProperty("redis").GetString());
        var warnings = _factory.Logs.Messages.Where(message => message.Contains("analysis cache is unavailable", StringComparison.Ordinal)).ToList();
        Assert.Single(warnings);
        Assert.DoesNotContain(_factory.Logs.Messages, message => message.Contains("Marker", StringComparison.Ordinal));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
