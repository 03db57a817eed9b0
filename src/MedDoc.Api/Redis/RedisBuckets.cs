using System.Threading.RateLimiting;
using MedDoc.Api.RateLimits;
using RedisRateLimiting;
using StackExchange.Redis;

namespace MedDoc.Api.Redis;

/// <summary>Token buckets kept in Redis (RedisRateLimiting): every replica draws from the same buckets.</summary>
public sealed class RedisBuckets(IConnectionMultiplexer redis) : IRateLimitBuckets
{
    public RateLimitPartition<string> Partition(string key, TokenBucket bucket) =>
        RedisRateLimitPartition.GetTokenBucketRateLimiter("meddoc:" + key, _ => new RedisTokenBucketRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            TokenLimit = bucket.Burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = bucket.TokenPeriod,
        });
}
