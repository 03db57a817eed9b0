using System.Text.RegularExpressions;
using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// Every setting the application reads is supplied wherever it runs (overlays, compose,
/// .env.sample), and nothing is set that the application does not read.
/// </summary>
public sealed partial class EnvironmentContractTests
{
    public static TheoryData<string> Overlays => new(Kustomize.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryVariableTheAppReadsIsSuppliedByAConfigMapOrSecret(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        foreach (var workload in new[] { manifests.Single("Deployment", "api"), manifests.Single("Deployment", "worker"), manifests.Single("Job", "api-migrate") })
        {
            var supplied = Supplied(manifests, workload);
            var missing = AppEnvironment.Read.Where(v => !supplied.Contains(v) && !AppEnvironment.UnsetInCluster.ContainsKey(v)).ToList();
            Assert.True(missing.Count == 0, $"{overlay} {workload.Str("metadata.name")} lacks: {string.Join(", ", missing)}");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void NothingTheAppDoesNotReadIsSet(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        foreach (var workload in new[] { manifests.Single("Deployment", "api"), manifests.Single("Deployment", "worker"), manifests.Single("Job", "api-migrate") })
        {
            var unknown = Supplied(manifests, workload).Where(v => !AppEnvironment.Read.Contains(v) && !AppEnvironment.Framework.Contains(v)).ToList();
            Assert.True(unknown.Count == 0, $"{overlay} sets what the app never reads: {string.Join(", ", unknown)}");
            Assert.DoesNotContain(Supplied(manifests, workload), v => AppEnvironment.UnsetInCluster.ContainsKey(v));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void CredentialsComeFromTheSecretAndNeverFromTheConfigMap(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var config = manifests.Generated("ConfigMap", "api-config").StringMap("data");
        var secret = manifests.Generated("Secret", "api-secrets").StringMap("data");

        Assert.Contains("DB_URL", AppEnvironment.Secrets);
        foreach (var key in AppEnvironment.Secrets)
        {
            Assert.DoesNotContain(key, config.Keys);
            Assert.Contains(key, secret.Keys);
        }

        var dbUrl = Repo.Read("deploy", "k8s", "overlays", overlay, "secrets.env.sample");
        Assert.Matches(new Regex("^DB_URL=postgresql://", RegexOptions.Multiline), dbUrl);
    }

    [Fact]
    public void EveryVariableReadInTheSourceIsOnTheAppsPublicList()
    {
        Assert.Empty(AppEnvironment.ReadButUnlisted);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ClusterRunsTheModelAndRoutingTheCodeDefaultsTo(string overlay)
    {
        var config = Kustomize.Render(overlay).Generated("ConfigMap", "api-config").StringMap("data");

        Assert.Equal(MedDoc.Llm.Configuration.LlmOptions.DefaultModel, config["CLAUDE_MODEL"]);
        Assert.True(Enum.TryParse<MedDoc.Llm.Configuration.LlmRouting>(config["LLM_ROUTING"], ignoreCase: true, out _), config["LLM_ROUTING"]);
        Assert.Equal(MedDoc.Llm.Configuration.ClaudeProvider.Anthropic.ToString(), config["CLAUDE_PROVIDER"], ignoreCase: true);
    }

    [Fact]
    public void ProdStoresOriginalsInS3()
    {
        var config = Kustomize.Render("prod").Generated("ConfigMap", "api-config").StringMap("data");

        Assert.False(string.IsNullOrWhiteSpace(config["S3_BUCKET"]));
        Assert.Equal("ap-south-1", config["AWS_REGION"]);
    }

    [Fact]
    public void ComposeGivesTheApiEveryVariableItReadsAndNothingElse()
    {
        var environment = Yaml.File("docker-compose.yml").StringMap("services.api.environment").Keys.ToHashSet();

        Assert.Empty(AppEnvironment.Read.Except(environment));
        Assert.Empty(environment.Except(AppEnvironment.Read).Except(AppEnvironment.Framework));
    }

    [Fact]
    public void EnvSampleNamesEveryVariableTheAppReads()
    {
        var keys = EnvSampleKeys();

        Assert.Empty(AppEnvironment.Read.Except(keys));
    }

    [Fact]
    public void ComposeInterpolatesOnlyVariablesTheEnvSampleDefines()
    {
        var compose = Repo.Read("docker-compose.yml");
        var used = Interpolation().Matches(compose).Select(m => m.Groups["name"].Value).ToHashSet();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(EnvSampleKeys()));
    }

    [Fact]
    public void EnvSampleHoldsNoCredential()
    {
        var sample = Repo.Read(".env.sample");

        Assert.Matches(new Regex("^ANTHROPIC_API_KEY=$", RegexOptions.Multiline), sample);
        Assert.Matches(new Regex("^USE_CLAUDE_REAL=false$", RegexOptions.Multiline), sample);
        Assert.Matches(new Regex("^DB_URL=sqlite:", RegexOptions.Multiline), sample);
    }

    private static HashSet<string> Supplied(Manifests manifests, YamlNode workload)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var container in Manifests.Containers(workload))
        {
            names.UnionWith(container.Seq("env").Select(e => e.Str("name")!));
            foreach (var source in container.Seq("envFrom"))
            {
                if (source.Str("configMapRef.name") is { } configMap)
                {
                    names.UnionWith(manifests.Single("ConfigMap", configMap).Map("data").Keys);
                }

                if (source.Str("secretRef.name") is { } secret)
                {
                    names.UnionWith(manifests.Single("Secret", secret).Map("data").Keys);
                }
            }
        }

        return names;
    }

    private static HashSet<string> EnvSampleKeys() =>
        EnvKey().Matches(Repo.Read(".env.sample")).Select(m => m.Groups["name"].Value).ToHashSet();

    [GeneratedRegex(@"^(?<name>[A-Z][A-Z0-9_]*)=", RegexOptions.Multiline)]
    private static partial Regex EnvKey();

    [GeneratedRegex(@"\$\{(?<name>[A-Z][A-Z0-9_]*)(?::?[-?][^}]*)?\}")]
    private static partial Regex Interpolation();
}
