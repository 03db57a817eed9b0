using System.Net;
using System.Net.Sockets;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Redis;

/// <summary>With REDIS_URL set, /ready asks Redis too: ready while a real redis-server answers, 503 when none listens.</summary>
public sealed class RedisReadinessTests
{
    [SkippableFact]
    public async Task ReadyIncludesRedisWhenItAnswers()
    {
        var skip = TestEnvironment.RequireOrSkip(TestEnvironment.RedisUrl, TestEnvironment.RedisUrlVariable);
        Skip.If(skip is not null, skip);
        var ready = await ReadyAsync(new RedisApiFactory(TestEnvironment.RedisUrl!));

        Assert.Equal(200, (int)ready.StatusCode);
        Assert.Equal("ok", (await ready.JsonAsync()).GetProperty("checks").GetProperty("redis").GetString());
    }

    [Fact]
    public async Task NotReadyWhileRedisCannotBeReached()
    {
        var ready = await ReadyAsync(new RedisApiFactory($"redis://127.0.0.1:{UnusedPort()}"));

        Assert.Equal(503, (int)ready.StatusCode);
        var checks = (await ready.JsonAsync()).GetProperty("checks");
        Assert.StartsWith("failed", checks.GetProperty("redis").GetString());
        Assert.Equal("ok", checks.GetProperty("database").GetString());
    }

    [Fact]
    public async Task WithoutRedisUrlReadyDoesNotAskForRedis()
    {
        var checks = (await (await ReadyAsync(new SqliteApiFactory())).JsonAsync()).GetProperty("checks");

        Assert.False(checks.TryGetProperty("redis", out _));
    }

    private static async Task<HttpResponseMessage> ReadyAsync(MedDocApiFactory factory)
    {
        try
        {
            var response = await factory.CreateClient().GetAsync("/ready");
            await response.Content.LoadIntoBufferAsync();
            return response;
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
