using System.Security.Cryptography;
using System.Text;
using MedDoc.Api.Caching;
using MedDoc.Engine;
using MedDoc.Llm.Configuration;

namespace MedDoc.Api.Tests.Caching;

/// <summary>A cache key names the text only by its SHA-256 and changes with everything that changes the answer.</summary>
public sealed class AnalysisCacheKeysTests
{
    private const string Text = "IMPRESSION: Cardiomegaly.";

    [Fact]
    public void AKeyHoldsTheEngineVersionAndTheTextsHashButNotTheText()
    {
        var key = AnalysisCacheKeys.For(new LlmOptions(), terminologyFile: null).For(Text);

        Assert.StartsWith($"meddoc:analysis:{EngineInfo.Version}:", key);
        Assert.EndsWith(":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))), key);
        Assert.DoesNotContain("Cardiomegaly", key, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheSameSettingsGiveTheSameKeyAndAnotherTextAnother()
    {
        var keys = AnalysisCacheKeys.For(new LlmOptions(), terminologyFile: null);

        Assert.Equal(keys.For(Text), AnalysisCacheKeys.For(new LlmOptions(), terminologyFile: null).For(Text));
        Assert.NotEqual(keys.For(Text), keys.For(Text + " "));
    }

    [Fact]
    public void EverySettingThatChangesTheAnswerChangesTheKey()
    {
        var rules = Key(new LlmOptions());
        var claude = Key(new LlmOptions { Enabled = true });
        var variants = new[]
        {
            rules,
            claude,
            Key(new LlmOptions { Enabled = true, Model = "another-model" }),
            Key(new LlmOptions { Enabled = true, Routing = LlmRouting.Always }),
            Key(new LlmOptions { Enabled = true, ConfidenceThreshold = 0.8 }),
            Key(new LlmOptions { Enabled = true, MinFindingsPer1000Chars = 2 }),
            Key(new LlmOptions { Enabled = true, PhiRedaction = false }),
            Key(new LlmOptions { Enabled = true, Provider = ClaudeProvider.Bedrock }),
            new AnalysisCacheKeys(EngineInfo.Version, AnalysisCacheKeys.Settings(new LlmOptions(), "0123abcd")).For(Text),
            new AnalysisCacheKeys("0.0.0+other", AnalysisCacheKeys.Settings(new LlmOptions(), "embedded")).For(Text),
        };

        Assert.Equal(variants.Length, variants.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void SettingsThatDoNotChangeTheAnswerKeepTheKey()
    {
        Assert.Equal(Key(new LlmOptions()), Key(new LlmOptions { Model = "unused-while-claude-is-off", MaxConcurrency = 9 }));
        Assert.Equal(Key(new LlmOptions { Enabled = true }), Key(new LlmOptions { Enabled = true, MaxConcurrency = 9, MaxRetries = 7 }));
    }

    [Fact]
    public void ATerminologyFileIsNamedByItsContent()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "A00\tCholera\n");
            var first = AnalysisCacheKeys.For(new LlmOptions(), file).For(Text);
            File.WriteAllText(file, "A00\tCholera, changed\n");
            var second = AnalysisCacheKeys.For(new LlmOptions(), file).For(Text);

            Assert.NotEqual(first, second);
            Assert.NotEqual(Key(new LlmOptions()), first);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Key(LlmOptions options) => AnalysisCacheKeys.For(options, terminologyFile: null).For(Text);
}
