using System.Threading.RateLimiting;

namespace MedDoc.Api.RateLimits;

/// <summary>Token buckets in this process's memory: each replica counts on its own.</summary>
public sealed class InProcessBuckets : IRateLimitBuckets
{
    public RateLimitPartition<string> Partition(string key, TokenBucket bucket) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket.ToLimiterOptions());
}
