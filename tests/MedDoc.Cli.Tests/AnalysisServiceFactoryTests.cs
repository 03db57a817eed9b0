using MedDoc.Llm.Metrics;
using MedDoc.Llm;

namespace MedDoc.Cli.Tests;

public sealed class AnalysisServiceFactoryTests
{
    [Fact]
    public void WithoutLlmTheEngineAnswersAlone()
    {
        var setup = AnalysisServiceFactory.Create(false, _ => null);
        Assert.IsType<RulesAnalysisService>(setup.Service);
        Assert.Null(setup.LlmUsageProbe);
    }

    [Fact]
    public void LlmWithoutApiKeyIsBadUsageNamingTheVariable()
    {
        var error = Assert.Throws<UsageException>(() => AnalysisServiceFactory.Create(true, _ => null));
        Assert.StartsWith("--llm: ", error.Message);
        Assert.Contains("ANTHROPIC_API_KEY", error.Message);
    }

    [Fact]
    public void LlmWithApiKeyBuildsTheHybridWithAUsageProbe()
    {
        var environment = new Dictionary<string, string?> { ["ANTHROPIC_API_KEY"] = "test-key", ["ANTHROPIC_BASE_URL"] = "http://127.0.0.1:9/" };
        var setup = AnalysisServiceFactory.Create(true, name => environment.GetValueOrDefault(name));
        Assert.IsType<HybridAnalyzer>(setup.Service);
        Assert.Equal(new Evaluation.Targets.LlmUsage(0, 0, 0), setup.LlmUsageProbe!());
    }

    [Fact]
    public void UsageMetricsCountCallsAndTokens()
    {
        var metrics = new LlmUsageMetrics();
        ILlmMetrics seam = metrics;
        seam.CallSucceeded("codes", TimeSpan.FromSeconds(1), 120, 30);
        seam.CallFailed("codes", default, TimeSpan.FromSeconds(1));
        seam.CacheHit("codes");
        Assert.Equal(new Evaluation.Targets.LlmUsage(2, 120, 30), metrics.Snapshot());
    }
}
