using MedDoc.Api.Redis;
using MedDoc.Engine.Coding;
using MedDoc.Llm.Configuration;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MedDoc.Api.Caching;

/// <summary>
/// The analysis cache: with <c>REDIS_URL</c> a <see cref="HybridAnalysisCache"/> over the shared Redis connection
/// (the one the rate limits use), best effort (<see cref="BestEffortRedisCache"/>); without it none
/// (<see cref="NoAnalysisCache"/>), so a laptop needs nothing. See docs/decisions/006-batch-jobs.md.
/// </summary>
public static class AnalysisCacheServiceCollectionExtensions
{
    /// <summary>In-process copies are bounded by their serialized size: at most this many bytes in all.</summary>
    public const long LocalCopiesBytes = 64L * 1024 * 1024;

    public static IServiceCollection AddAnalysisCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => AnalysisCacheKeys.For(
            provider.GetRequiredService<IOptions<LlmOptions>>().Value, configuration[TerminologyEnvironment.OrderFile] is { Length: > 0 } file ? file : null));
        services.AddMemoryCache(options => options.SizeLimit = LocalCopiesBytes);
        services.AddHybridCache();
        // Resolved only with REDIS_URL set: HybridCache is asked for only then.
        services.AddSingleton<IDistributedCache>(provider =>
        {
            var connection = provider.GetRequiredService<IConnectionMultiplexer>();
            var redis = new RedisCache(Options.Create(new RedisCacheOptions { ConnectionMultiplexerFactory = () => Task.FromResult(connection) }));
            return new BestEffortRedisCache(redis, connection, provider.GetRequiredService<ILogger<BestEffortRedisCache>>());
        });
        services.AddSingleton<IAnalysisCache>(provider => provider.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured
            ? new HybridAnalysisCache(provider.GetRequiredService<HybridCache>(), provider.GetRequiredService<AnalysisCacheKeys>())
            : new NoAnalysisCache());
        return services;
    }
}
