using MedDoc.Api.Persistence;
using MedDoc.Api.Storage;
using MedDoc.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Batches;

/// <summary>
/// A document staged for a batch that has not run yet is not an orphan (ADR 008): the sweep keeps its file
/// however old it is, while a file whose batch item is gone is reclaimed. Runs on SQLite and PostgreSQL.
/// </summary>
public abstract class BatchOrphanSweepTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(SqliteApiFactory factory) : BatchOrphanSweepTests(factory), IClassFixture<SqliteApiFactory>;

    public sealed class OnPostgres(PostgresApiFactory factory) : BatchOrphanSweepTests(factory), IClassFixture<PostgresApiFactory>;

    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-3);

    private string WriteOldFile(string key)
    {
        var path = Path.Combine(factory.StorageDirectory, key);
        File.WriteAllText(path, "IMPRESSION: Clear lungs.");
        File.SetLastWriteTimeUtc(path, LongAgo);
        return path;
    }

    /// <summary>A queued batch of one item for another tenant, as the receiver leaves it before any job runs.</summary>
    private async Task<Guid> StageQueuedItemAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<JobTenant>().Set("hospital-c");
        var database = scope.ServiceProvider.GetRequiredService<MedDocDbContext>();
        var batch = new Batch { Id = Guid.CreateVersion7(), Status = BatchStatus.Queued, Total = 1, CreatedAt = DateTime.UtcNow };
        var item = new BatchItem { Id = Guid.CreateVersion7(), BatchId = batch.Id, Index = 0, Filename = "a.txt", Extension = ".txt", Status = BatchItemStatus.Queued };
        database.Batches.Add(batch);
        database.BatchItems.Add(item);
        await database.SaveChangesAsync();
        return item.Id;
    }

    [SkippableFact]
    public async Task AStagedBatchFileIsKeptAndAFileWithoutItsItemIsReclaimed()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        _ = factory.CreateClient();
        var staged = WriteOldFile(StorageKeys.For(await StageQueuedItemAsync(), ".txt"));
        var orphan = WriteOldFile(StorageKeys.For(Guid.CreateVersion7(), ".txt"));

        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<OrphanSweep>().RunAsync(DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None);

        Assert.True(File.Exists(staged));
        Assert.False(File.Exists(orphan));
        Assert.Equal(1, result.Reclaimed);
    }
}
