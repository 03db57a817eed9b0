using System.Threading.RateLimiting;

namespace MedDoc.Api.RateLimits;

/// <summary>
/// One limiter of the chain. When it refuses it notes a <see cref="RateLimitRefusal"/> on the request, so
/// the 429 can say which budget ran out. ASP.NET Core's middleware first tries the chain synchronously and,
/// when that fails, asynchronously. The synchronous try always defers (Redis buckets can only answer
/// asynchronously, and a first pass that drew tokens before a later link refused would charge them twice),
/// so each request draws from each bucket exactly once, in the asynchronous pass.
/// </summary>
public sealed class ScopedRateLimiter(PartitionedRateLimiter<HttpContext> inner, RateLimitScope scope) : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) => RateLimitRefusal.Deferred;

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
