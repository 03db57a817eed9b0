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
    public void LlmWithoutApiKeyIsBadUsage() =>
        Assert.Equal("--llm needs ANTHROPIC_API_KEY in the environment", Assert.Throws<UsageException>(() => AnalysisServiceFactory.Create(true, _ => null)).Message);
}
