using Hangfire;
using Microsoft.Extensions.Options;
using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.Batches;

/// <summary>
/// Puts a batch's jobs on the durable queue: one job per <see cref="BatchOptions.ChunkSize"/> documents,
/// or per larger slice when that would make more than <see cref="BatchOptions.MaxJobsPerBatch"/> jobs.
/// </summary>
public sealed class BatchQueue(IBackgroundJobClient jobs, IOptions<BatchOptions> options)
{
    public const string QueueName = "batches";

    public void Enqueue(Guid batchId, int total)
    {
        var size = SliceSize(total, options.Value);
        for (var first = 0; first < total; first += size)
        {
            var start = first;
            jobs.Enqueue<BatchProcessor>(QueueName, processor => processor.ProcessAsync(batchId, start, size, CancellationToken.None));
        }
    }

    /// <summary>Documents per job for a batch of <paramref name="total"/>.</summary>
    public static int SliceSize(int total, BatchOptions options) =>
        Math.Max(options.ChunkSize, (total + options.MaxJobsPerBatch - 1) / options.MaxJobsPerBatch);
}
