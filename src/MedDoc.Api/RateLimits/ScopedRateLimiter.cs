using System.Threading.RateLimiting;

namespace MedDoc.Api.RateLimits;

/// <summary>
/// One limiter of the chain. When it refuses it notes a <see cref="RateLimitRefusal"/> on the request, so
/// the 429 can say which budget ran out. ASP.NET Core's middleware asks the chain twice (at once, then
/// waiting); once a request was refused every link refuses it again without drawing another token, so a
/// refused request never costs its caller more than one token.
/// </summary>
public sealed class ScopedRateLimiter(PartitionedRateLimiter<HttpContext> inner, RateLimitScope scope) : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        RateLimitRefusal.Of(resource)?.ToLease() ?? Note(resource, inner.AttemptAcquire(resource, permitCount));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        RateLimitRefusal.Of(resource)?.ToLease() ?? Note(resource, await inner.AcquireAsync(resource, permitCount, cancellationToken));

    private RateLimitLease Note(HttpContext context, RateLimitLease lease)
    {
        if (!lease.IsAcquired)
        {
            RateLimitRefusal.Note(context, scope, lease);
        }
        return lease;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await inner.DisposeAsync();
        await base.DisposeAsyncCore();
    }
}
