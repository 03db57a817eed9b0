using System.Diagnostics.Metrics;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Storage;
using MedDoc.Api.Tests.Identity;
using MedDoc.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Storage;

/// <summary>
/// The orphan sweep (ADR 008) removes old files no row owns and nothing else: every tenant's documents
/// keep their files, young files (an upload between its file write and its commit) are left alone, and
/// anything in the folder that is not a storage key is never touched. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class OrphanSweepTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(OidcApiFactory factory) : OrphanSweepTests(factory), IClassFixture<OidcApiFactory>;

    public sealed class OnPostgres(OidcPostgresApiFactory factory) : OrphanSweepTests(factory), IClassFixture<OidcPostgresApiFactory>;

    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-3);

    private HttpClient CoderOf(string tenant) => factory.CreateClientOrSkip(factory.Issuer!.Mint($"coder-of-{tenant}", tenant, ["coder"]));

    private string WriteFile(string name, int size, DateTime lastWritten)
    {
        var path = Path.Combine(factory.StorageDirectory, name);
        File.WriteAllBytes(path, new byte[size]);
        File.SetLastWriteTimeUtc(path, lastWritten);
        return path;
    }

    private async Task<OrphanSweepResult> SweepAsync(DateTimeOffset cutoff)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrphanSweep>().RunAsync(cutoff, CancellationToken.None);
    }

    [SkippableFact]
    public async Task OldFilesNoRowOwnsAreRemovedAndEveryTenantsDocumentsKeepTheirs()
    {
        var hospitalA = CoderOf("hospital-a");
        var hospitalB = CoderOf("hospital-b");
        var first = await hospitalA.UploadTextAsync("IMPRESSION: Cardiomegaly.");
        var second = await hospitalB.UploadTextAsync("IMPRESSION: No acute disease.");
        foreach (var stored in Directory.EnumerateFiles(factory.StorageDirectory))
        {
            File.SetLastWriteTimeUtc(stored, LongAgo);
        }
        var oldOrphan = WriteFile(StorageKeys.For(Guid.NewGuid(), ".pdf"), 4_096, LongAgo);
        var youngOrphan = WriteFile(StorageKeys.For(Guid.NewGuid(), ".txt"), 10, DateTime.UtcNow);
        var notAKey = WriteFile("operator-notes.md", 7, LongAgo);

        var result = await SweepAsync(DateTimeOffset.UtcNow.AddHours(-1));

        Assert.False(File.Exists(oldOrphan));
        Assert.True(File.Exists(youngOrphan));
        Assert.True(File.Exists(notAKey));
        Assert.Equal(1, result.Reclaimed);
        Assert.Equal(4_096, result.ReclaimedBytes);
        Assert.True(result.Examined >= 4, $"examined {result.Examined}");
        Assert.Equal("IMPRESSION: Cardiomegaly.", await (await hospitalA.GetAsync($"/api/documents/{first}/content")).Content.ReadAsStringAsync());
        Assert.Equal("IMPRESSION: No acute disease.", await (await hospitalB.GetAsync($"/api/documents/{second}/content")).Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task ReclaimedFilesAndBytesAreCountedInTheMetric()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        var measurements = new List<(string Instrument, long Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, subscriber) =>
        {
            if (instrument.Meter.Name == ApiMetrics.MeterName && instrument.Name.StartsWith("meddoc.storage.orphans", StringComparison.Ordinal))
            {
                subscriber.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (measurements)
            {
                measurements.Add((instrument.Name, value));
            }
        });
        listener.Start();
        WriteFile(StorageKeys.For(Guid.NewGuid(), ".txt"), 12_345, LongAgo);

        var result = await SweepAsync(DateTimeOffset.UtcNow.AddHours(-1));

        Assert.True(result.Reclaimed >= 1);
        lock (measurements)
        {
            Assert.Contains(("meddoc.storage.orphans.reclaimed", (long)result.Reclaimed), measurements);
            Assert.Contains(("meddoc.storage.orphans.reclaimed.bytes", result.ReclaimedBytes), measurements);
        }
    }
}
