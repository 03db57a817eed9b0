using Hangfire;
using Microsoft.Extensions.Options;
using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.Batches;

/// <summary>Puts a batch's jobs on the durable queue: one job per <see cref="BatchOptions.ChunkSize"/> documents.</summary>
public sealed class BatchQueue(IBackgroundJobClient jobs, IOptions<BatchOptions> options)
{
    public const string QueueName = "batches";

    public void Enqueue(Guid batchId, int total)
    {
        var size = options.Value.ChunkSize;
        for (var first = 0; first < total; first += size)
        {
            var start = first;
            jobs.Enqueue<BatchProcessor>(QueueName, processor => processor.ProcessAsync(batchId, start, size, CancellationToken.None));
        }
    }
}
