using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Caching;

/// <summary>
/// With REDIS_URL set, two API replicas share analyses through a real redis-server: what one analysed the other
/// answers from the cache (uploads too), a replica of another engine version analyses again, and the hit shows in
/// meddoc_analysis_cache_total. Each test analyses text of its own (a fresh id), so entries left in Redis by an
/// earlier run never count.
/// </summary>
public sealed class SharedAnalysisCacheTests : IAsyncLifetime
{
    private readonly string? _skipReason = TestEnvironment.RequireOrSkip(TestEnvironment.RedisUrl, TestEnvironment.RedisUrlVariable);
    private readonly List<CachingApiFactory> _factories = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }

    private CachingApiFactory Replica(string engineVersion = "test-engine-1")
    {
        Skip.If(_skipReason is not null, _skipReason);
        var factory = new CachingApiFactory(TestEnvironment.RedisUrl!, engineVersion);
        _factories.Add(factory);
        return factory;
    }

    private static string UniqueReport() => $"FINDINGS: Cardiomegaly. Study {Guid.NewGuid():N}.";

    [SkippableFact]
    public async Task TheSecondReplicaAnswersFromTheCacheTheFirstFilled()
    {
        var (first, second) = (Replica(), Replica());
        var body = new Dictionary<string, string> { ["document_text"] = UniqueReport() };

        var analysed = await first.CreateClient().PostJsonAsync("/api/analyze", body);
        var cached = await second.CreateClient().PostJsonAsync("/api/analyze", body);

        Assert.Equal(200, (int)analysed.StatusCode);
        Assert.Equal(200, (int)cached.StatusCode);
        Assert.Equal(1, first.Analyses);
        Assert.Equal(0, second.Analyses);
        Assert.Equal(await analysed.Content.ReadAsStringAsync(), await cached.Content.ReadAsStringAsync());
        var metrics = await second.CreateClient().GetStringAsync("/metrics");
        Assert.Matches("meddoc_analysis_cache_total\\{[^}]*outcome=\"hit\"", metrics);
    }

    [SkippableFact]
    public async Task TheSameReplicaAnswersARepeatedTextFromTheCache()
    {
        var replica = Replica();
        var client = replica.CreateClient();
        var body = new Dictionary<string, string> { ["document_text"] = UniqueReport() };

        Assert.Equal(200, (int)(await client.PostJsonAsync("/api/classify", body)).StatusCode);
        Assert.Equal(200, (int)(await client.PostJsonAsync("/api/extract-codes", body)).StatusCode);
        Assert.Equal(200, (int)(await client.PostJsonAsync("/api/summarize", body)).StatusCode);

        Assert.Equal(1, replica.Analyses);
    }

    [SkippableFact]
    public async Task AnUploadOnAnotherReplicaIsAnalysedFromTheCacheAndStoredInFull()
    {
        var (first, second) = (Replica(), Replica());
        var text = UniqueReport();

        Assert.Equal(200, (int)(await first.CreateClient().PostJsonAsync("/api/analyze", new Dictionary<string, string> { ["document_text"] = text })).StatusCode);
        var upload = await second.CreateClient().PostAsync("/api/documents", HttpTestExtensions.FileForm(System.Text.Encoding.UTF8.GetBytes(text), "report.txt", "text/plain"));

        Assert.Equal(201, (int)upload.StatusCode);
        Assert.Equal(0, second.Analyses);
        var analysis = (await upload.JsonAsync()).GetProperty("analysis");
        Assert.Equal(text, analysis.GetProperty("text").GetString());
        Assert.Equal("I51.7", analysis.GetProperty("codes")[0].GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task AReplicaOfAnotherEngineVersionAnalysesAgain()
    {
        var (older, newer) = (Replica("test-engine-1"), Replica("test-engine-2"));
        var body = new Dictionary<string, string> { ["document_text"] = UniqueReport() };

        Assert.Equal(200, (int)(await older.CreateClient().PostJsonAsync("/api/analyze", body)).StatusCode);
        Assert.Equal(200, (int)(await newer.CreateClient().PostJsonAsync("/api/analyze", body)).StatusCode);

        Assert.Equal(1, older.Analyses);
        Assert.Equal(1, newer.Analyses);
    }

    [SkippableFact]
    public async Task ConcurrentRequestsForOneTextRunOneAnalysis()
    {
        var replica = Replica();
        var client = replica.CreateClient();
        var body = new Dictionary<string, string> { ["document_text"] = UniqueReport() };

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostJsonAsync("/api/analyze", body)));

        Assert.All(answers, answer => Assert.Equal(200, (int)answer.StatusCode));
        Assert.Equal(1, replica.Analyses);
    }
}
