using MedDoc.Api.Caching;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedDoc.Api.Tests.Caching;

/// <summary>
/// One API replica (its own in-memory database) whose analysis cache is the Redis at <paramref name="redisUrl"/>.
/// Its analyses are counted (<see cref="Analyses"/>), and its cache keys carry <paramref name="engineVersion"/>,
/// so two factories with the same version share cached analyses like two replicas of one release.
/// </summary>
public sealed class CachingApiFactory(string redisUrl, string engineVersion = "test-engine-1") : SqliteApiFactory
{
    private readonly CountingAnalysisService _engine = new(new FakeAnalysisService());

    /// <summary>Analyses this replica actually ran.</summary>
    public int Analyses => _engine.Calls;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [EnvironmentVariables.RedisUrl] = redisUrl,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IAnalysisService>(_engine));
            services.Replace(ServiceDescriptor.Singleton(new AnalysisCacheKeys(engineVersion, "rules|terminology=embedded")));
        });
    }

    /// <summary>Counts the analyses that reach the engine.</summary>
    private sealed class CountingAnalysisService(IAnalysisService inner) : IAnalysisService
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<AnalysisResult> AnalyzeAsync(string text, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return inner.AnalyzeAsync(text, cancellationToken);
        }
    }
}
