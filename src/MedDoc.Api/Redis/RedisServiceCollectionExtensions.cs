using MedDoc.Api.RateLimits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MedDoc.Api.Redis;

/// <summary>
/// With <c>REDIS_URL</c> set: one shared connection, token buckets in Redis (so every replica draws from
/// the same budgets) and a readiness check. Without it the buckets stay in the process and /ready does
/// not ask for Redis. Decided from the options, so a malformed URL stops start-up with one line.
/// </summary>
public static class RedisServiceCollectionExtensions
{
    public static IServiceCollection AddRedisWhenConfigured(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>().Configure<IConfiguration>(RedisOptions.Bind).ValidateOnStart();
        // Connects in the background (AbortOnConnectFail off): start-up does not wait for Redis, /ready does.
        services.AddSingleton<IConnectionMultiplexer>(provider => ConnectionMultiplexer.Connect(
            provider.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration
                ?? throw new InvalidOperationException("REDIS_URL is not set; nothing should ask for Redis.")));
        services.Replace(ServiceDescriptor.Singleton<IRateLimitBuckets>(provider =>
            provider.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured
                ? new RedisBuckets(provider.GetRequiredService<IConnectionMultiplexer>())
                : new InProcessBuckets()));
        services.AddOptions<HealthCheckServiceOptions>().Configure<IOptions<RedisOptions>>((health, redis) =>
        {
            if (redis.Value.IsConfigured)
            {
                health.Registrations.Add(new HealthCheckRegistration(
                    "redis", provider => ActivatorUtilities.CreateInstance<RedisHealthCheck>(provider), failureStatus: null, tags: null));
            }
        });
        return services;
    }
}
