using MedDoc.Api.Tests.Identity;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Redis;

/// <summary>
/// With REDIS_URL set, two API instances (replicas) draw from the same token buckets in a real
/// redis-server: a caller's budget spent half on each instance is spent on both. Each test mints
/// callers of its own (a fresh id per run), so buckets left in Redis by an earlier run never count.
/// </summary>
public sealed class SharedRateLimitTests : IAsyncLifetime
{
    private readonly string? _skipReason = TestEnvironment.RequireOrSkip(TestEnvironment.RedisUrl, TestEnvironment.RedisUrlVariable);
    private TestIssuer? _issuer;
    private RedisApiFactory? _first;
    private RedisApiFactory? _second;

    public async Task InitializeAsync()
    {
        if (_skipReason is not null)
        {
            return;
        }
        _issuer = await TestIssuer.StartAsync();
        _first = new RedisApiFactory(TestEnvironment.RedisUrl!, _issuer);
        _second = new RedisApiFactory(TestEnvironment.RedisUrl!, _issuer);
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in new[] { _first, _second })
        {
            if (factory is not null)
            {
                await ((IAsyncLifetime)factory).DisposeAsync();
            }
        }
        if (_issuer is not null)
        {
            await _issuer.DisposeAsync();
        }
    }

    private (HttpClient First, HttpClient Second) SameCallerOnBothInstances(string tenant)
    {
        Skip.If(_skipReason is not null, _skipReason);
        var token = _issuer!.Mint($"replica-user-{Guid.NewGuid():N}", tenant, ["coder"]);
        return (_first!.CreateClientOrSkip(token), _second!.CreateClientOrSkip(token));
    }

    [SkippableFact]
    public async Task ACallersBudgetIsSharedByTheReplicas()
    {
        var (first, second) = SameCallerOnBothInstances($"tenant-{Guid.NewGuid():N}");

        var statuses = new List<int>();
        for (var i = 0; i < RedisApiFactory.CallerBurst; i++)
        {
            statuses.Add((int)(await (i % 2 == 0 ? first : second).GetAsync("/api/me")).StatusCode);
        }
        var refusedByFirst = await first.GetAsync("/api/me");
        var refusedBySecond = await second.GetAsync("/api/me");

        Assert.All(statuses, status => Assert.Equal(200, status));
        await refusedByFirst.AssertProblemAsync(429, "rate_limited");
        await refusedBySecond.AssertProblemAsync(429, "rate_limited");
        Assert.True(refusedBySecond.Headers.Contains("Retry-After"));
    }

    [SkippableFact]
    public async Task TheAnalysisBudgetIsSharedAndOtherCallersAreUnaffected()
    {
        var (first, second) = SameCallerOnBothInstances($"tenant-{Guid.NewGuid():N}");
        var (stranger, _) = SameCallerOnBothInstances($"tenant-{Guid.NewGuid():N}");
        var body = new Dictionary<string, string> { ["document_text"] = "IMPRESSION: Cardiomegaly." };

        Assert.Equal(200, (int)(await first.PostJsonAsync("/api/classify", body)).StatusCode);
        Assert.Equal(200, (int)(await second.PostJsonAsync("/api/classify", body)).StatusCode);
        var refused = await first.PostJsonAsync("/api/classify", body);

        var problem = await refused.AssertProblemAsync(429, "rate_limited");
        Assert.Contains("ANALYSIS_RATE_LIMIT", problem.GetProperty("detail").GetString());
        Assert.Equal(200, (int)(await stranger.PostJsonAsync("/api/classify", body)).StatusCode);
    }
}
