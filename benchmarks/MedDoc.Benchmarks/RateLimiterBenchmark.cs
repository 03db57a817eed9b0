using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using MedDoc.Api.Identity;
using MedDoc.Api.RateLimits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedDoc.Benchmarks;

/// <summary>
/// What the rate limiter adds to each /api request: the API's own global limiter (caller, tenant and, on the
/// analysis routes, the analysis bucket, each a partitioned in-process token bucket) acquiring one lease, for
/// 10,000 callers in 100 tenants taking turns — against the same request with the limits off (rate 0, the
/// configuration's "no limit"). Budgets are large enough that no lease is refused during a run.
/// Class is unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class RateLimiterBenchmark
{
    private const int Callers = 10_000;

    private PartitionedRateLimiter<HttpContext> _limited = null!;
    private PartitionedRateLimiter<HttpContext> _unlimited = null!;
    private HttpContext[] _requests = null!;
    private HttpContext[] _analysisRequests = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _limited = GlobalLimiter("1000000", "1000000");
        _unlimited = GlobalLimiter("0", "1");
        _requests = [.. Enumerable.Range(0, Callers).Select(i => Request(i, analysis: false))];
        _analysisRequests = [.. Enumerable.Range(0, Callers).Select(i => Request(i, analysis: true))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _limited.Dispose();
        _unlimited.Dispose();
    }

    [Benchmark(Baseline = true, Description = "limits off: GET /api/documents")]
    public async Task<bool> LimitsOff() => await AcquireAsync(_unlimited, _requests);

    [Benchmark(Description = "caller + tenant buckets: GET /api/documents")]
    public async Task<bool> CallerAndTenant() => await AcquireAsync(_limited, _requests);

    [Benchmark(Description = "caller + tenant + analysis buckets: POST /api/analyze")]
    public async Task<bool> CallerTenantAndAnalysis() => await AcquireAsync(_limited, _analysisRequests);

    private async Task<bool> AcquireAsync(PartitionedRateLimiter<HttpContext> limiter, HttpContext[] requests)
    {
        var request = requests[_next++ % requests.Length];
        using var lease = await limiter.AcquireAsync(request);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("A lease was refused: the budget is too small for the run.");
        }
        return true;
    }

    /// <summary>The API's global limiter, built by its own service registration, with every budget at <paramref name="perMinute"/>.</summary>
    private static PartitionedRateLimiter<HttpContext> GlobalLimiter(string perMinute, string burst)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var prefix in new[] { "", "TENANT_", "ANALYSIS_" })
        {
            settings[$"{prefix}RATE_LIMIT_PER_MINUTE"] = perMinute;
            settings[$"{prefix}RATE_LIMIT_BURST"] = burst;
        }
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddMedDocRateLimits()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
    }

    private static DefaultHttpContext Request(int caller, bool analysis)
    {
        var context = new DefaultHttpContext
        {
            User = new Caller($"user-{caller}", $"tenant-{caller % 100}", [Roles.Coder], KeyId: null, Method: "oidc").ToPrincipal("bench"),
        };
        context.Request.Path = analysis ? "/api/analyze" : "/api/documents";
        var metadata = analysis ? new EndpointMetadataCollection(AnalysisRoute.Instance) : new EndpointMetadataCollection();
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, metadata, analysis ? "analyze" : "documents"));
        return context;
    }
}
