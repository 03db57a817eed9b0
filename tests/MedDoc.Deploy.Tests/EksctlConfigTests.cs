using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>deploy/eksctl/cluster-config.yaml describes the med-doc-dev cluster the CD deploys to.</summary>
public sealed class EksctlConfigTests
{
    private static readonly YamlMappingNode Config = Yaml.File("deploy", "eksctl", "cluster-config.yaml");

    [Fact]
    public void ClusterIsMedDocDevInApSouth1OnKubernetes130OrLater()
    {
        Assert.Equal("eksctl.io/v1alpha5", Config.Str("apiVersion"));
        Assert.Equal("ClusterConfig", Config.Str("kind"));
        Assert.Equal("med-doc-dev", Config.Str("metadata.name"));
        Assert.Equal("ap-south-1", Config.Str("metadata.region"));
        Assert.True(Version.Parse(Config.Str("metadata.version")!) >= new Version(1, 30));
        Assert.Equal(Yaml.File(".github", "workflows", "cd-deploy-dev.yml").Str("env.CLUSTER_NAME"), Config.Str("metadata.name"));
    }

    [Fact]
    public void ManagedNodeGroupIsT3MediumFromTwoToFour()
    {
        var group = Assert.Single(Config.Seq("managedNodeGroups"));

        Assert.Equal("t3.medium", group.Str("instanceType"));
        Assert.Equal(2, group.Int("minSize"));
        Assert.Equal(4, group.Int("maxSize"));
        Assert.InRange(group.Int("desiredCapacity") ?? 0, 2, 4);
    }

    [Fact]
    public void OidcAndControlPlaneLoggingAreOn()
    {
        var logs = Config.Seq("cloudWatch.clusterLogging.enableTypes").Select(t => ((YamlScalarNode)t).Value).ToList();

        Assert.Equal("true", Config.Str("iam.withOIDC"));
        Assert.Subset(logs.ToHashSet(), new HashSet<string?> { "api", "audit", "authenticator" });
    }

    [Fact]
    public void NetworkPoliciesAreEnforcedByTheVpcCni()
    {
        var cni = Assert.Single(Config.Seq("addons"), a => a.Str("name") == "vpc-cni");

        Assert.Contains("\"enableNetworkPolicy\": \"true\"", cni.Str("configurationValues"), StringComparison.Ordinal);
    }

    [Fact]
    public void ApiServiceAccountGetsS3AccessToTheDevBucketOnly()
    {
        var account = Assert.Single(Config.Seq("iam.serviceAccounts"));
        var bucket = Kustomize.Render("dev").Generated("ConfigMap", "api-config").StringMap("data")["S3_BUCKET"];

        Assert.Equal("api", account.Str("metadata.name"));
        Assert.Equal("dev", account.Str("metadata.namespace"));
        var statements = account.Seq("attachPolicy.Statement");
        var s3 = statements.Where(s => s.Seq("Action").All(a => a.ToString().StartsWith("s3:", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(s3);
        Assert.All(s3, s => Assert.StartsWith($"arn:aws:s3:::{bucket}", s.Str("Resource"), StringComparison.Ordinal));
        // The one other statement lets the pods use the environment's data key, and only that key.
        var kms = Assert.Single(statements.Except(s3));
        Assert.All(kms.Seq("Action"), a => Assert.StartsWith("kms:", a.ToString(), StringComparison.Ordinal));
        Assert.Equal("alias/med-doc-dev-data", kms.Str("Condition.ForAnyValue:StringEquals.kms:ResourceAliases"));
    }
}
