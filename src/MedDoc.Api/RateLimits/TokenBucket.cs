using System.Threading.RateLimiting;

namespace MedDoc.Api.RateLimits;

/// <summary>
/// One token bucket: up to <see cref="Burst"/> requests at once, refilled at <see cref="PerMinute"/>
/// tokens a minute (one token every 60/<see cref="PerMinute"/> seconds). <see cref="PerMinute"/> 0 means no limit.
/// </summary>
public sealed record TokenBucket(int PerMinute, int Burst)
{
    public bool IsUnlimited => PerMinute == 0;

    /// <summary>The time one token takes to come back.</summary>
    public TimeSpan TokenPeriod => TimeSpan.FromMinutes(1) / Math.Max(PerMinute, 1);

    /// <summary>The in-process limiter's options; partitions replenish on the limiter's own timer.</summary>
    public TokenBucketRateLimiterOptions ToLimiterOptions() => new()
    {
        TokenLimit = Burst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TokenPeriod,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
