using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedDoc.Api.Tests.Caching;

/// <summary>
/// With Claude on and the cache in a real redis-server, an answer the engine gave because Claude failed is not
/// cached: the next request for the same text asks Claude again instead of repeating the stand-in for a day.
/// </summary>
public sealed class ClaudeFallbackCacheTests : IAsyncLifetime
{
    private readonly string? _skipReason = TestEnvironment.RequireOrSkip(TestEnvironment.RedisUrl, TestEnvironment.RedisUrlVariable);
    private FailingClaudeFactory? _factory;

    public Task InitializeAsync()
    {
        if (_skipReason is null)
        {
            _factory = new FailingClaudeFactory(TestEnvironment.RedisUrl!);
        }
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await ((IAsyncLifetime)_factory).DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task AFallbackAnswerIsReturnedButNotCached()
    {
        Skip.If(_skipReason is not null, _skipReason);
        var client = _factory!.CreateClient();
        var body = new Dictionary<string, string> { ["document_text"] = $"IMPRESSION: Cardiomegaly. No pleural effusion. Study {Guid.NewGuid():N}." };

        var first = await (await client.PostJsonAsync("/api/analyze", body)).JsonAsync();
        var callsAfterFirst = _factory.Claude.Calls;
        var second = await (await client.PostJsonAsync("/api/analyze", body)).JsonAsync();

        Assert.Contains("Claude was unavailable", first.GetProperty("warnings")[0].GetString());
        Assert.Contains("Claude was unavailable", second.GetProperty("warnings")[0].GetString());
        Assert.True(callsAfterFirst > 0);
        Assert.True(_factory.Claude.Calls > callsAfterFirst, "the second request did not ask Claude again");
    }

    private sealed class FailingClaudeFactory(string redisUrl) : SqliteApiFactory
    {
        public OverloadedClaude Claude { get; } = new();

        protected override bool UseRealEngine => true;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            [EnvironmentVariables.RedisUrl] = redisUrl,
            [LlmEnvironment.UseClaudeReal] = "true",
            [LlmEnvironment.AnthropicApiKey] = "test-key-not-secret",
            [LlmEnvironment.LlmRouting] = "always",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IClaudeClient>(Claude)));
        }
    }

    /// <summary>A Claude that is always overloaded, counting the calls it refused.</summary>
    private sealed class OverloadedClaude : IClaudeClient
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<ClaudeToolAnswer> CallToolAsync(ClaudeToolRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            throw new LlmCallException(LlmFailureKind.Overloaded, "Overloaded (529).");
        }
    }
}
