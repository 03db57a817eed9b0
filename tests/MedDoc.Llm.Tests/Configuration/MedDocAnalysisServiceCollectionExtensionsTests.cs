using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Llm.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MedDoc.Llm.Tests.Configuration;

public sealed class MedDocAnalysisServiceCollectionExtensionsTests
{
    /// <summary>A host with a fake engine registered first (so these tests do not depend on the engine's rules).</summary>
    private static IHost BuildHost(params (string Key, string Value)[] values)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(values.Select(value => new KeyValuePair<string, string?>(value.Key, value.Value)));
        builder.Services.AddSingleton<IDocumentAnalyzer>(new Fakes.FakeEngine());
        builder.Services.AddMedDocAnalysis(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void DisabledByDefaultRegistersTheRulesService()
    {
        using var host = BuildHost();

        Assert.IsType<RulesAnalysisService>(host.Services.GetRequiredService<IAnalysisService>());
        Assert.IsType<MeterLlmMetrics>(host.Services.GetRequiredService<ILlmMetrics>());
    }

    [Fact]
    public void TheClinicalEngineIsRegisteredWhenTheHostHasNoEngine()
    {
        var services = new ServiceCollection();

        services.AddMedDocAnalysis(new ConfigurationBuilder().Build());

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IDocumentAnalyzer));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<ClinicalEngine>(provider.GetRequiredService<IDocumentAnalyzer>());
    }

    [Fact]
    public void TheEngineAndTheValidatorUseTheTerminologyTheHostRegistered()
    {
        var services = new ServiceCollection();
        var catalog = IcdCatalog.FromCodes([new IcdCode("I51.7", "Cardiomegaly", true)]);
        services.AddSingleton(IcdTerminology.Embedded.WithCatalog(catalog));

        services.AddMedDocAnalysis(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        Assert.Same(catalog, provider.GetRequiredService<IcdCatalog>());
    }

    [Fact]
    public void EnabledWithAKeyRegistersTheHybridAnalyzer()
    {
        using var host = BuildHost(("USE_CLAUDE_REAL", "true"), ("ANTHROPIC_API_KEY", "test-key"), ("ANTHROPIC_BASE_URL", "http://127.0.0.1:9"));

        Assert.IsType<HybridAnalyzer>(host.Services.GetRequiredService<IAnalysisService>());
    }

    [Fact]
    public async Task RegisteredServiceAnswersFromTheEngineWhenTheConfiguredClaudeAnswers529ToEverything()
    {
        await using var server = await Fakes.FakeAnthropicServer.StartAsync();
        server.Responder = _ => Fakes.FakeReply.Error(529);
        using var host = BuildHost(
            ("USE_CLAUDE_REAL", "true"), ("ANTHROPIC_API_KEY", "test-key"), ("ANTHROPIC_BASE_URL", server.BaseUrl),
            ("LLM_ROUTING", "always"), ("LLM_MAX_RETRIES", "1"), ("LLM_TIMEOUT_SECONDS", "10"));
        await host.StartAsync();

        var result = await host.Services.GetRequiredService<IAnalysisService>().AnalyzeAsync("IMPRESSION: Mild cardiomegaly.", CancellationToken.None);

        Assert.Equal(AnalysisSources.Rules, result.Source);
        Assert.Equal(["Claude was unavailable (overloaded); the rules engine's answer is returned."], result.Warnings);
        Assert.Equal(2, server.RequestCount);
        await host.StopAsync();
    }

    [Fact]
    public async Task EnabledWithoutAKeyStopsStartUpWithOneLineNamingIt()
    {
        using var host = BuildHost(("USE_CLAUDE_REAL", "true"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("ANTHROPIC_API_KEY is required when USE_CLAUDE_REAL=true.", error.Message);
    }

    [Fact]
    public async Task ValidSettingsStartTheHost()
    {
        using var host = BuildHost(("USE_CLAUDE_REAL", "false"));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public void AnEngineRegisteredByTheHostIsKept()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var engine = new Fakes.FakeEngine();
        builder.Services.AddSingleton<IDocumentAnalyzer>(engine);
        builder.Services.AddMedDocAnalysis(builder.Configuration);
        using var host = builder.Build();

        Assert.Same(engine, host.Services.GetRequiredService<IDocumentAnalyzer>());
    }
}
