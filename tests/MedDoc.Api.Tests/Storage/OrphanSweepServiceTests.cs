using MedDoc.Api.Infrastructure;
using MedDoc.Api.Storage;
using MedDoc.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Storage;

/// <summary>The running service sweeps on its own after start-up, and a zero interval turns it off.</summary>
public sealed class OrphanSweepServiceTests
{
    /// <summary>The API with the sweep's first run right after start-up and a grace of five minutes.</summary>
    private sealed class PromptSweepFactory(string interval) : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            [EnvironmentVariables.OrphanSweepIntervalMinutes] = interval,
            [EnvironmentVariables.OrphanSweepGraceMinutes] = "5",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<OrphanSweepOptions>(options => options.StartDelay = TimeSpan.Zero));
        }
    }

    /// <summary>Runs <paramref name="test"/> on a started factory and disposes it (database, folder) after.</summary>
    private static async Task WithFactoryAsync(string interval, Func<PromptSweepFactory, Task> test)
    {
        var factory = new PromptSweepFactory(interval);
        var lifetime = (IAsyncLifetime)factory;
        await lifetime.InitializeAsync();
        try
        {
            await test(factory);
        }
        finally
        {
            await lifetime.DisposeAsync();
        }
    }

    private static string OldFileIn(string directory)
    {
        var path = Path.Combine(directory, StorageKeys.For(Guid.NewGuid(), ".txt"));
        File.WriteAllText(path, "left by a crash");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-30));
        return path;
    }

    [Fact]
    public Task AnOrphanLeftBeforeStartUpIsGoneSoonAfterAndTheDocumentsAreKept() => WithFactoryAsync("60", async factory =>
    {
        var orphan = OldFileIn(factory.StorageDirectory);
        using var client = factory.CreateClient();
        var created = await (await client.PostTextAsync("/api/documents", "IMPRESSION: Small left effusion.")).JsonAsync();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (File.Exists(orphan) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.False(File.Exists(orphan));
        var content = await client.GetAsync($"/api/documents/{created.GetProperty("id").GetString()}/content");
        Assert.Equal("IMPRESSION: Small left effusion.", await content.Content.ReadAsStringAsync());
        Assert.Contains(factory.Logs.Messages, message => message.Contains("Orphan sweep examined", StringComparison.Ordinal));
    });

    [Fact]
    public Task AZeroIntervalTurnsTheSweepOff() => WithFactoryAsync("0", async factory =>
    {
        var orphan = OldFileIn(factory.StorageDirectory);
        using var client = factory.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!factory.Logs.Messages.Any(message => message.Contains("Orphan sweep is off", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains(factory.Logs.Messages, message => message.Contains("Orphan sweep is off", StringComparison.Ordinal));
        Assert.True(File.Exists(orphan));
    });
}
