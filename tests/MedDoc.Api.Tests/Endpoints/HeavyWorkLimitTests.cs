using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>
/// One heavy-work slot, no queue, one second per analysis: a runaway analysis answers 503
/// analysis_timeout, keeps its slot until it really ends (so runaway work cannot pile up), and a
/// request arriving meanwhile is refused at once with 503 overloaded and Retry-After (issue 15, row 10).
/// </summary>
public sealed class HeavyWorkLimitTests(HeavyWorkLimitTests.OneSlotFactory factory) : IClassFixture<HeavyWorkLimitTests.OneSlotFactory>
{
    public sealed class OneSlotFactory : SqliteApiFactory
    {
        public RunawayAnalysisService Analysis { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            [EnvironmentVariables.AnalysisConcurrency] = "1",
            [EnvironmentVariables.AnalysisQueueLimit] = "0",
            [EnvironmentVariables.AnalysisTimeoutSeconds] = "1",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IAnalysisService>(Analysis)));
        }
    }

    /// <summary>Like a catastrophic regex: "RUNAWAY" text blocks its thread, ignoring cancellation, until released.</summary>
    public sealed class RunawayAnalysisService : IAnalysisService
    {
        private readonly FakeAnalysisService _fake = new();

        public ManualResetEventSlim Release { get; } = new();

        public Task<AnalysisResult> AnalyzeAsync(string text, CancellationToken cancellationToken)
        {
            if (text.Contains("RUNAWAY", StringComparison.Ordinal))
            {
                Release.Wait(TimeSpan.FromMinutes(2));
            }
            return _fake.AnalyzeAsync(text, cancellationToken);
        }
    }

    [Fact]
    public async Task RunawayAnalysisTimesOutHoldsItsSlotAndOverflowIsOverloadedUntilItEnds()
    {
        var client = factory.CreateClient();
        var limiter = factory.Services.GetRequiredService<HeavyWorkLimiter>();

        var runaway = await client.PostTextAsync("/api/analyze", "RUNAWAY Cardiomegaly.");

        var timeout = await runaway.AssertProblemAsync(503, "analysis_timeout");
        Assert.Contains("ANALYSIS_TIMEOUT_SECONDS", timeout.GetProperty("detail").GetString());
        Assert.Equal(1, limiter.Running);

        var refused = await client.PostTextAsync("/api/classify", "Cardiomegaly.");

        await refused.AssertProblemAsync(503, "overloaded");
        Assert.Equal("2", refused.Headers.GetValues("Retry-After").Single());
        var upload = await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(SyntheticPdf.WithLines("Cardiomegaly."), "x.pdf", "application/pdf"));
        await upload.AssertProblemAsync(503, "overloaded");

        factory.Analysis.Release.Set();
        for (var attempt = 0; attempt < 200 && limiter.Running > 0; attempt++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(200, (int)(await client.PostTextAsync("/api/classify", "Cardiomegaly.")).StatusCode);
        Assert.Equal(0, (await (await client.GetAsync("/api/documents")).JsonAsync()).GetProperty("total").GetInt32());
    }
}
