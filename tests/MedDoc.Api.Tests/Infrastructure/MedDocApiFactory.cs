using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Identity;
using MedDoc.Engine;
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

    /// <summary>True: identity is configured, with bearer tokens from <see cref="Issuer"/>; false: local mode.</summary>
    protected virtual bool WithIdentityProvider => false;

    /// <summary>The OpenID Connect issuer the API trusts when <see cref="WithIdentityProvider"/> is set.</summary>
    public TestIssuer? Issuer { get; private set; }

    protected abstract string DbUrl { get; }

    /// <summary>More environment settings for a subclass (e.g. MAX_UPLOAD_MB).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>A client for this API, or a skip when its database is not available.</summary>
    public HttpClient CreateClientOrSkip()
    {
        Skip.If(SkipReason is not null, SkipReason);
        return CreateClient();
    }

    /// <summary>A client that sends <paramref name="token"/> as its bearer token (none when null), or a skip.</summary>
    public HttpClient CreateClientOrSkip(string? token)
    {
        var client = CreateClientOrSkip();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>A client that sends <paramref name="apiKey"/> in X-API-Key, or a skip.</summary>
    public HttpClient CreateClientWithApiKeyOrSkip(string apiKey)
    {
        var client = CreateClientOrSkip();
        client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        return client;
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        if (WithIdentityProvider)
        {
            Issuer = await TestIssuer.StartAsync();
        }
        await InitializeDatabaseAsync();
    }

    /// <summary>Creates the database the factory runs on (or sets <see cref="SkipReason"/>).</summary>
    protected virtual Task InitializeDatabaseAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DropDatabaseAsync();
        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }
        Directory.Delete(StorageDirectory, recursive: true);
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(EnvironmentVariables.DbUrl, DbUrl);
        builder.UseSetting(EnvironmentVariables.StorageDir, StorageDirectory);
        builder.UseSetting(EnvironmentVariables.WebDistDir, Path.Combine(StorageDirectory, "no-web-ui"));
        if (Issuer is not null)
        {
            builder.UseSetting(EnvironmentVariables.OidcAuthority, Issuer.Url);
            builder.UseSetting(EnvironmentVariables.OidcAudience, TestIssuer.Audience);
        }
        // Tests of other behaviour send bursts from one caller; RateLimitTests set their own budgets.
        foreach (var rate in new[] { EnvironmentVariables.RateLimitPerMinute, EnvironmentVariables.TenantRateLimitPerMinute, EnvironmentVariables.AnalysisRateLimitPerMinute })
        {
            builder.UseSetting(rate, "0");
        }
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
