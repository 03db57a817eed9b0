using System.Globalization;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.RateLimits;

/// <summary>
/// Token buckets per caller, per tenant and (tighter) per caller on the routes that can call Claude:
/// a burst over a budget answers 429 problem+json with Retry-After, and other callers and tenants go on.
/// Each test uses its own callers and tenants, so the buckets of one test never touch another's.
/// </summary>
public sealed class RateLimitTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    private HttpClient Caller(string subject, string tenant, string role = "coder") =>
        factory.CreateClientOrSkip(factory.Issuer!.Mint(subject, tenant, [role]));

    private static async Task<int[]> BurstAsync(HttpClient client, int count, string path = "/api/me")
    {
        var statuses = new int[count];
        for (var i = 0; i < count; i++)
        {
            statuses[i] = (int)(await client.GetAsync(path)).StatusCode;
        }
        return statuses;
    }

    [Fact]
    public async Task ABurstOverTheCallersBudgetAnswers429WithRetryAfter()
    {
        var client = Caller("burst-user", "tenant-burst");

        var statuses = await BurstAsync(client, RateLimitedApiFactory.CallerBurst);
        var refused = await client.GetAsync("/api/me");

        Assert.All(statuses, status => Assert.Equal(200, status));
        var problem = await refused.AssertProblemAsync(429, "rate_limited");
        Assert.Contains("RATE_LIMIT_BURST", problem.GetProperty("detail").GetString());
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
    }

    [Fact]
    public async Task OtherCallersAndTenantsAreUnaffectedByOneCallersBurst()
    {
        var greedy = Caller("greedy-user", "tenant-greedy");
        await BurstAsync(greedy, RateLimitedApiFactory.CallerBurst + 3);

        var colleague = Caller("colleague-user", "tenant-greedy");
        var stranger = Caller("stranger-user", "tenant-elsewhere");

        Assert.Equal(429, (int)(await greedy.GetAsync("/api/me")).StatusCode);
        Assert.Equal(200, (int)(await colleague.GetAsync("/api/me")).StatusCode);
        Assert.Equal(200, (int)(await stranger.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task TheTenantsBudgetIsSharedByItsCallers()
    {
        var first = Caller("ward-user-1", "tenant-ward");
        var second = Caller("ward-user-2", "tenant-ward");
        var third = Caller("ward-user-3", "tenant-ward");
        var otherTenant = Caller("ward-user-4", "tenant-clinic");

        var statuses = (await BurstAsync(first, 3)).Concat(await BurstAsync(second, 3)).Concat(await BurstAsync(third, 2)).ToList();
        var refused = await third.GetAsync("/api/me");

        Assert.Equal(RateLimitedApiFactory.TenantBurst, statuses.Count(status => status == 200));
        var problem = await refused.AssertProblemAsync(429, "rate_limited");
        Assert.Contains("TENANT_RATE_LIMIT_BURST", problem.GetProperty("detail").GetString());
        Assert.Equal(200, (int)(await otherTenant.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task RoutesThatCanCallClaudeHaveATighterBudget()
    {
        var client = Caller("analyst", "tenant-analysis");
        var body = new Dictionary<string, string> { ["document_text"] = "IMPRESSION: Cardiomegaly." };

        var allowed = new List<int>();
        for (var i = 0; i < RateLimitedApiFactory.AnalysisBurst; i++)
        {
            allowed.Add((int)(await client.PostJsonAsync("/api/classify", body)).StatusCode);
        }
        var refusedAnalysis = await client.PostJsonAsync("/api/analyze", body);
        var refusedUpload = await client.PostTextAsync("/api/documents", "IMPRESSION: Cardiomegaly.");

        Assert.All(allowed, status => Assert.Equal(200, status));
        var problem = await refusedAnalysis.AssertProblemAsync(429, "rate_limited");
        Assert.Contains("ANALYSIS_RATE_LIMIT_BURST", problem.GetProperty("detail").GetString());
        Assert.True(refusedAnalysis.Headers.Contains("Retry-After"));
        await refusedUpload.AssertProblemAsync(429, "rate_limited");
        var me = await client.GetAsync("/api/me");
        Assert.True(200 == (int)me.StatusCode, await me.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RequestsWithoutValidCredentialsAreLimitedByAddress()
    {
        var anonymous = factory.CreateClientOrSkip("not-a-token");

        var statuses = await BurstAsync(anonymous, RateLimitedApiFactory.CallerBurst);
        var refused = await anonymous.GetAsync("/api/me");

        Assert.All(statuses, status => Assert.Equal(401, status));
        await refused.AssertProblemAsync(429, "rate_limited");
    }

    [Fact]
    public async Task ProbesAreNeverLimited()
    {
        var client = factory.CreateClientOrSkip();

        var statuses = await BurstAsync(client, RateLimitedApiFactory.CallerBurst * 3, "/health");

        Assert.All(statuses, status => Assert.Equal(200, status));
    }
}
