using System.Globalization;
using System.Threading.RateLimiting;
using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.RateLimits;

/// <summary>
/// ASP.NET Core's rate limiter with token buckets: every <c>/api</c> request draws from its caller's and
/// its tenant's bucket, and the routes that can call Claude (<see cref="LimitedAsAnalysis"/>) also from the
/// caller's analysis bucket. A refusal is a 429 <c>rate_limited</c> problem with <c>Retry-After</c>.
/// </summary>
public static class RateLimitServiceCollectionExtensions
{
    public static IServiceCollection AddMedDocRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().Configure<IConfiguration>(RateLimitOptions.Bind).ValidateOnStart();
        services.AddSingleton<IRateLimitBuckets, InProcessBuckets>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>, IRateLimitBuckets>((limiter, limits, buckets) => Configure(limiter, limits.Value, buckets));
        return services;
    }

    /// <summary>Marks an endpoint or group as one that analyses text: it also draws from the analysis bucket.</summary>
    public static TBuilder LimitedAsAnalysis<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(AnalysisRoute.Instance);

    private static void Configure(RateLimiterOptions limiter, RateLimitOptions limits, IRateLimitBuckets buckets)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            Scoped(RateLimitScope.Caller, limits.Caller, buckets, context => RateLimitKeys.IsLimited(context) ? RateLimitKeys.ForCaller(context) : null),
            Scoped(RateLimitScope.Tenant, limits.Tenant, buckets, context => RateLimitKeys.IsLimited(context) ? RateLimitKeys.ForTenant(context) : null),
            Scoped(RateLimitScope.Analysis, limits.Analysis, buckets, context =>
                context.GetEndpoint()?.Metadata.GetMetadata<AnalysisRoute>() is null ? null : "analysis:" + RateLimitKeys.ForCaller(context)));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (rejected, _) => RejectAsync(rejected, limits);
    }

    /// <summary>A limiter drawing from <paramref name="bucket"/> under the key <paramref name="keyOf"/> gives (none: not limited).</summary>
    private static ScopedRateLimiter Scoped(RateLimitScope scope, TokenBucket bucket, IRateLimitBuckets buckets, Func<HttpContext, string?> keyOf) =>
        new(PartitionedRateLimiter.Create<HttpContext, string>(context =>
            keyOf(context) is { } key && !bucket.IsUnlimited ? buckets.Partition(key, bucket) : RateLimitPartition.GetNoLimiter(string.Empty)), scope);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, RateLimitOptions limits)
    {
        var context = rejected.HttpContext;
        var refusal = RateLimitRefusal.Of(context) ?? new RateLimitRefusal(RateLimitScope.Caller, null);
        var scope = refusal.Scope;
        var bucket = scope switch
        {
            RateLimitScope.Caller => limits.Caller,
            RateLimitScope.Tenant => limits.Tenant,
            _ => limits.Analysis,
        };
        var wait = refusal.RetryAfter ?? bucket.TokenPeriod;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitServiceCollectionExtensions))
            .LogInformation("Rate limited {Scope} on {Path}; retry after {RetryAfterSeconds} s", scope, context.Request.Path.Value, seconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiProblems.RateLimited(scope, bucket, seconds).ExecuteAsync(context);
    }
}
