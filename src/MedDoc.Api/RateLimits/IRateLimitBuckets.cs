using System.Threading.RateLimiting;

namespace MedDoc.Api.RateLimits;

/// <summary>Where token buckets live: in this process, or in Redis so that every replica shares them.</summary>
public interface IRateLimitBuckets
{
    RateLimitPartition<string> Partition(string key, TokenBucket bucket);
}
