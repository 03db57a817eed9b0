using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// deploy/cloudformation/data-stores.yaml parses and keeps what recovery depends on: RDS automated
/// backups (point-in-time recovery) kept at least a week, encrypted, protected from deletion;
/// the originals bucket versioned, encrypted, private, with a lifecycle for old versions; names
/// and ports that the cluster's settings expect.
/// </summary>
public sealed class DataStoresTests
{
    private static readonly YamlMappingNode Template = Yaml.File("deploy", "cloudformation", "data-stores.yaml");

    private static YamlNode Resource(string type) =>
        Template.Map("Resources").Values.Single(r => r.Str("Type") == type);

    [Fact]
    public void TemplateIsCloudFormationWithTheEnvironmentsTheOverlaysUse()
    {
        Assert.Equal("2010-09-09", Template.Str("AWSTemplateFormatVersion"));
        var environments = Template.Seq("Parameters.Environment.AllowedValues").Select(v => v.ToString()).ToList();
        Assert.Equal(Kustomize.Overlays, environments);
        Assert.All(Template.Map("Resources").Values, r => Assert.StartsWith("AWS::", r.Str("Type"), StringComparison.Ordinal));
    }

    [Fact]
    public void PostgresKeepsAutomatedBackupsForPointInTimeRecoveryEncryptedAndUndeletable()
    {
        var database = Resource("AWS::RDS::DBInstance");
        var retention = Template.Get("Parameters.BackupRetentionDays")!;

        Assert.Equal("BackupRetentionDays", database.Str("Properties.BackupRetentionPeriod.Ref"));
        Assert.True(retention.Int("MinValue") >= 7, "backups must reach back at least a week");
        Assert.True(retention.Int("Default") >= 7);
        Assert.Equal("postgres", database.Str("Properties.Engine"));
        Assert.Equal("true", database.Str("Properties.StorageEncrypted"));
        Assert.Equal("DataKey", database.Str("Properties.KmsKeyId.Ref"));
        Assert.Equal("true", database.Str("Properties.DeletionProtection"));
        Assert.Equal("false", database.Str("Properties.DeleteAutomatedBackups"));
        Assert.Equal("false", database.Str("Properties.PubliclyAccessible"));
        Assert.Equal("true", database.Str("Properties.ManageMasterUserPassword"));
        Assert.Null(database.Get("Properties.MasterUserPassword"));
        Assert.Equal("Snapshot", database.Str("DeletionPolicy"));
        Assert.Equal("Snapshot", database.Str("UpdateReplacePolicy"));
    }

    [Fact]
    public void PostgresListensOnThePortTheNetworkPolicyOpens()
    {
        var port = Resource("AWS::RDS::DBInstance").Str("Properties.Port");
        var ingress = Resource("AWS::EC2::SecurityGroup").Seq("Properties.SecurityGroupIngress").Single();
        var egress = Kustomize.Render("prod").Single("NetworkPolicy", "allow-api-egress").Seq("spec.egress")
            .SelectMany(r => r.Seq("ports")).Select(p => p.Str("port"));

        Assert.Equal("5432", port);
        Assert.Equal(port, ingress.Str("FromPort"));
        Assert.Equal("NodeSecurityGroupId", ingress.Str("SourceSecurityGroupId.Ref"));
        Assert.Contains(port, egress);
    }

    [Fact]
    public void OriginalsBucketIsVersionedEncryptedPrivateAndExpiresOnlyOldVersions()
    {
        var bucket = Resource("AWS::S3::Bucket");
        var rules = bucket.Seq("Properties.LifecycleConfiguration.Rules");

        Assert.Equal("Enabled", bucket.Str("Properties.VersioningConfiguration.Status"));
        Assert.Equal("aws:kms", bucket.Seq("Properties.BucketEncryption.ServerSideEncryptionConfiguration").Single().Str("ServerSideEncryptionByDefault.SSEAlgorithm"));
        Assert.All(["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"],
            flag => Assert.Equal("true", bucket.Str($"Properties.PublicAccessBlockConfiguration.{flag}")));
        Assert.Contains(rules, r => r.Str("NoncurrentVersionExpiration.NoncurrentDays.Ref") == "NoncurrentVersionDays");
        Assert.DoesNotContain(rules, r => r.Get("ExpirationInDays") is not null || r.Get("Transitions") is not null);
        Assert.Equal("Retain", bucket.Str("DeletionPolicy"));
    }

    [Theory]
    [MemberData(nameof(OverlayNames))]
    public void BucketNameIsTheOneTheOverlayConfigures(string overlay)
    {
        var pattern = Resource("AWS::S3::Bucket").Str("Properties.BucketName.Fn::Sub")!;
        var configured = Kustomize.Render(overlay).Generated("ConfigMap", "api-config").StringMap("data")["S3_BUCKET"];

        Assert.Equal(configured, pattern.Replace("${Environment}", overlay, StringComparison.Ordinal));
    }

    public static TheoryData<string> OverlayNames => new(Kustomize.Overlays);
}
