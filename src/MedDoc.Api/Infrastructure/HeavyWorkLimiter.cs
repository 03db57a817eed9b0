using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Bounds heavy work (analyses, PDF text extraction) so a burst cannot exhaust memory: at most
/// <c>ANALYSIS_CONCURRENCY</c> pieces run, <c>ANALYSIS_QUEUE_LIMIT</c> more wait, and anything beyond is
/// refused at once with <see cref="ServiceOverloadedException"/>. A slot is held until the work really
/// ends, even when its caller stopped waiting (time-out, client gone), so runaway work can never
/// pile up past the limit.
/// </summary>
public sealed class HeavyWorkLimiter(IOptions<WorkLimitOptions> options) : IDisposable
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.Concurrency,
        QueueLimit = options.Value.QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Pieces of work running now.</summary>
    public long Running => options.Value.Concurrency - (_limiter.GetStatistics()?.CurrentAvailablePermits ?? 0);

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool once a slot is free. Its token is cancelled
    /// when the client leaves or after <paramref name="timeout"/>, which answers <see cref="WorkTimeoutException"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new ServiceOverloadedException(RetryAfter);
        }
        var deadline = new CancellationTokenSource(timeout);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        // Read once, before the work starts: work that ends at once frees the sources (below) before this
        // method waits for it, and a freed source's Token throws while the token itself stays usable.
        var token = linked.Token;
        var running = Task.Run(() => work(token), CancellationToken.None);
        _ = running.ContinueWith(_ =>
        {
            lease.Dispose();
            linked.Dispose();
            deadline.Dispose();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await running.WaitAsync(token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new WorkTimeoutException(timeout);
        }
    }

    public void Dispose() => _limiter.Dispose();
}
