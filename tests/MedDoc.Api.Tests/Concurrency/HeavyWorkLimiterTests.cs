using MedDoc.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Tests.Concurrency;

/// <summary>
/// The limiter frees a slot (and its cancellation sources) as soon as the work ends. Work that ends before its
/// caller starts waiting for it must still answer its result: the waiting never touches a source already freed.
/// </summary>
public sealed class HeavyWorkLimiterTests
{
    [Fact]
    public async Task WorkThatEndsBeforeItsCallerWaitsStillAnswersItsResult()
    {
        using var limiter = new HeavyWorkLimiter(Options.Create(new WorkLimitOptions { Concurrency = 64, QueueLimit = 1000 }));
        const int Callers = 16;
        const int CallsEach = 2_000;

        var callers = Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var sum = 0L;
            for (var call = 0; call < CallsEach; call++)
            {
                sum += await limiter.RunAsync(_ => Task.FromResult(1), TimeSpan.FromMinutes(1), CancellationToken.None);
            }
            return sum;
        }));

        var sums = await Task.WhenAll(callers);

        Assert.All(sums, sum => Assert.Equal(CallsEach, sum));
        Assert.Equal(0, limiter.Running);
    }
}
