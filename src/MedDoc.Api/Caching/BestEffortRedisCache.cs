using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace MedDoc.Api.Caching;

/// <summary>
/// Redis as the analysis cache's second level, best effort: while the shared connection is down a read is a miss and
/// a write is skipped at once (rather than waiting out the command timeout), and a failing command counts as a miss.
/// The first failure of an outage is logged as a warning (exception type only: a key is a hash, never text), and
/// the recovery once.
/// </summary>
public sealed class BestEffortRedisCache(IDistributedCache redis, IConnectionMultiplexer connection, ILogger<BestEffortRedisCache> logger) : IDistributedCache
{
    private int _failing;

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        await TryAsync(() => redis.GetAsync(key, token), default(byte[]));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        await TryAsync(async () => { await redis.SetAsync(key, value, options, token); return true; }, false);

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default) =>
        await TryAsync(async () => { await redis.RefreshAsync(key, token); return true; }, false);

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default) =>
        await TryAsync(async () => { await redis.RemoveAsync(key, token); return true; }, false);

    private async Task<T> TryAsync<T>(Func<Task<T>> command, T otherwise)
    {
        if (!connection.IsConnected)
        {
            Failed("not connected");
            return otherwise;
        }
        try
        {
            var result = await command();
            if (Interlocked.Exchange(ref _failing, 0) == 1)
            {
                logger.LogInformation("The Redis analysis cache answers again");
            }
            return result;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            Failed(exception.GetType().Name);
            return otherwise;
        }
    }

    private void Failed(string reason)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            logger.LogWarning("The Redis analysis cache is unavailable ({Reason}); analyses run without it until it answers again", reason);
        }
    }
}
