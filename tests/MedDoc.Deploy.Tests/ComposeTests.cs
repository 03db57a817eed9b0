using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>docker-compose.yml runs api, web, postgres and redis in the order their health allows.</summary>
public sealed class ComposeTests
{
    private static readonly YamlMappingNode Compose = Yaml.File("docker-compose.yml");

    [Fact]
    public void ComposeRunsPostgresRedisApiAndWebEachWithAHealthcheck()
    {
        Assert.Equal(["postgres", "redis", "api", "web"], Compose.Map("services").Keys);
        foreach (var service in Compose.Map("services").Values)
        {
            Assert.NotEmpty(service.Seq("healthcheck.test"));
        }
    }

    [Fact]
    public void ServicesStartOnlyOnceWhatTheyDependOnIsHealthy()
    {
        Assert.Equal("service_healthy", Compose.Str("services.api.depends_on.postgres.condition"));
        Assert.Equal("service_healthy", Compose.Str("services.api.depends_on.redis.condition"));
        Assert.Equal("service_healthy", Compose.Str("services.web.depends_on.api.condition"));
    }

    [Fact]
    public void DatabaseAndDocumentsLiveInDeclaredNamedVolumes()
    {
        var declared = Compose.Map("volumes").Keys.ToHashSet();

        Assert.Contains("pgdata:/var/lib/postgresql/data", Compose.Seq("services.postgres.volumes").Select(v => ((YamlScalarNode)v).Value));
        Assert.Contains("pgdata", declared);
        Assert.Contains("documents", declared);
        Assert.Equal("/data/documents", Compose.Str("services.api.environment.STORAGE_DIR"));
    }

    [Fact]
    public void ImagesBuildFromTheRepositoryDockerfiles()
    {
        Assert.Equal("deploy/docker/api.Dockerfile", Compose.Str("services.api.build.dockerfile"));
        Assert.Equal("deploy/docker/web.Dockerfile", Compose.Str("services.web.build.dockerfile"));
        foreach (var service in new[] { "api", "web" })
        {
            Assert.Equal(".", Compose.Str($"services.{service}.build.context"));
            Assert.True(Repo.Exists(Compose.Str($"services.{service}.build.dockerfile")!));
        }

        foreach (var mount in Compose.Seq("services.web.volumes").Select(v => ((YamlScalarNode)v).Value!))
        {
            Assert.True(Repo.Exists(mount.Split(':')[0].TrimStart('.', '/')), mount);
        }
    }

    [Fact]
    public void PortsArePublishedOnLoopbackToTheContainersPort8080()
    {
        foreach (var service in new[] { "api", "web" })
        {
            var port = ((YamlScalarNode)Assert.Single(Compose.Seq($"services.{service}.ports"))).Value!;
            Assert.StartsWith("127.0.0.1:", port, StringComparison.Ordinal);
            Assert.EndsWith(":8080", port, StringComparison.Ordinal);
        }

        Assert.Empty(Compose.Seq("services.postgres.ports"));
        Assert.Empty(Compose.Seq("services.redis.ports"));
    }

    [Fact]
    public void ApiReachesTheComposeDatabaseAndMigratesItself()
    {
        Assert.StartsWith("postgresql://", Compose.Str("services.api.environment.DB_URL"), StringComparison.Ordinal);
        Assert.Contains("@postgres:5432/", Compose.Str("services.api.environment.DB_URL"), StringComparison.Ordinal);
        Assert.Equal("${DB_MIGRATE_ON_START:-true}", Compose.Str("services.api.environment.DB_MIGRATE_ON_START"));
    }

    [Fact]
    public void EnvFileIsIgnoredAndItsSampleIsCommitted()
    {
        var ignored = Processes.Run("git", ["check-ignore", "-q", ".env"]);
        var sampleIgnored = Processes.Run("git", ["check-ignore", "-q", ".env.sample"]);

        Assert.Equal(0, ignored.ExitCode);
        Assert.Equal(1, sampleIgnored.ExitCode);
        Assert.True(File.Exists(Repo.PathOf(".env.sample")));
    }
}
