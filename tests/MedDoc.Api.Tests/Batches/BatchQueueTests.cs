using MedDoc.Api.Batches;
using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.Tests.Batches;

/// <summary>How a batch is cut into jobs: 100 documents a job, but never more than 200 jobs for one batch.</summary>
public sealed class BatchQueueTests
{
    [Theory]
    [InlineData(1, 100, 1)]
    [InlineData(5_000, 100, 50)]
    [InlineData(20_000, 100, 200)]
    [InlineData(20_001, 101, 199)]
    [InlineData(100_000, 500, 200)]
    public void LargeBatchesGetLargerJobsSoTheQueueStaysShort(int total, int expectedSlice, int expectedJobs)
    {
        var slice = BatchQueue.SliceSize(total, new BatchOptions());

        Assert.Equal(expectedSlice, slice);
        Assert.Equal(expectedJobs, (total + slice - 1) / slice);
    }
}
