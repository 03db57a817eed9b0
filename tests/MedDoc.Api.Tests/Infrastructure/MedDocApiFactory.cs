using MedDoc.Api.Infrastructure;
using MedDoc.Llm;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace MedDoc.Api.Tests.Infrastructure;

/// <summary>
/// The API in memory with its own database and storage folder. Subclasses choose the database
/// (in-memory SQLite held open, or a fresh database on the test PostgreSQL server). By default a
/// <see cref="FakeAnalysisService"/> answers analyses; <see cref="UseRealEngine"/> keeps the product's.
/// </summary>
public abstract class MedDocApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string StorageDirectory { get; } = Directory.CreateTempSubdirectory("meddoc-api-test-").FullName;

    /// <summary>Everything the API logged, at every level.</summary>
    public CollectingLoggerProvider Logs { get; } = new();

    /// <summary>Why the tests on this factory are skipped, or null when its database is there.</summary>
    public string? SkipReason { get; protected set; }

    protected virtual bool UseRealEngine => false;

    protected abstract string DbUrl { get; }

    /// <summary>More environment settings for a subclass (e.g. MAX_UPLOAD_MB).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>A client for this API, or a skip when its database is not available.</summary>
    public HttpClient CreateClientOrSkip()
    {
        Skip.If(SkipReason is not null, SkipReason);
        return CreateClient();
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DropDatabaseAsync();
        Directory.Delete(StorageDirectory, recursive: true);
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(EnvironmentVariables.DbUrl, DbUrl);
        builder.UseSetting(EnvironmentVariables.StorageDir, StorageDirectory);
        builder.UseSetting(EnvironmentVariables.WebDistDir, Path.Combine(StorageDirectory, "no-web-ui"));
        foreach (var (name, value) in Settings)
        {
            builder.UseSetting(name, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        if (!UseRealEngine)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IAnalysisService, FakeAnalysisService>()));
        }
    }
}
