using System.Threading.RateLimiting;

namespace MedDoc.Api.RateLimits;

/// <summary>The budget that refused a request and when a token comes back; kept on the request for its 429.</summary>
public sealed record RateLimitRefusal(RateLimitScope Scope, TimeSpan? RetryAfter)
{
    private static readonly object ItemKey = new();

    public static RateLimitRefusal? Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var refusal) ? refusal as RateLimitRefusal : null;

    public static RateLimitRefusal Note(HttpContext context, RateLimitScope scope, RateLimitLease refused)
    {
        var refusal = new RateLimitRefusal(scope, refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null);
        context.Items[ItemKey] = refusal;
        return refusal;
    }

    /// <summary>The answer to a synchronous try: not acquired, no bucket touched (the asynchronous pass decides).</summary>
    public static RateLimitLease Deferred { get; } = new RefusedLease(null);

    /// <summary>A refused lease that repeats this refusal without touching any bucket.</summary>
    public RateLimitLease ToLease() => new RefusedLease(RetryAfter);

    private sealed class RefusedLease(TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
