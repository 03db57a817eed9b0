using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace MedDoc.Api.Redis;

/// <summary>Ready when the shared Redis answers a PING (the rate limits and the analysis cache depend on it).</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Unhealthy("not connected");
        }
        await redis.GetDatabase().PingAsync();
        return HealthCheckResult.Healthy();
    }
}
