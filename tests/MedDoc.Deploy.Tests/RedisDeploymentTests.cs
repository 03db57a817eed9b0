using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MedDoc.Api.Redis;
using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// The Redis the API replicas share their rate limits through: in the cluster (a StatefulSet and Service in the
/// base) and in docker compose, REDIS_URL names that service as the app parses it, both run the same image and
/// arguments, and those arguments start a real redis-server.
/// </summary>
public sealed class RedisDeploymentTests
{
    public static TheoryData<string> Overlays => new(Kustomize.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ApiConfigPointsAtTheRedisServiceAndItsPods(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var url = manifests.Generated("ConfigMap", "api-config").StringMap("data")["REDIS_URL"];

        var endpoint = Assert.IsType<DnsEndPoint>(Assert.Single(RedisOptions.Parse(url).EndPoints));
        var service = manifests.Single("Service", endpoint.Host);
        var servicePort = service.Seq("spec.ports").Single(port => port.Int("port") == endpoint.Port);
        var redis = manifests.Single("StatefulSet", "redis");
        var containerPort = Manifests.Containers(redis).Single().Seq("ports").Single(port => port.Str("name") == servicePort.Str("targetPort"));

        Assert.Equal(6379, containerPort.Int("containerPort"));
        Assert.Equal(service.StringMap("spec.selector")["app.kubernetes.io/name"], redis.StringMap("spec.template.metadata.labels")["app.kubernetes.io/name"]);
        Assert.Equal(1, redis.Int("spec.replicas"));
    }

    [Fact]
    public void ComposeApiUsesTheComposeRedisServiceUnlessTheEnvFileNamesAnother()
    {
        var compose = Yaml.File("docker-compose.yml");
        var value = compose.Str("services.api.environment.REDIS_URL")!;

        Assert.StartsWith("${REDIS_URL:-", value, StringComparison.Ordinal);
        var fallback = value["${REDIS_URL:-".Length..^1];
        var endpoint = Assert.IsType<DnsEndPoint>(Assert.Single(RedisOptions.Parse(fallback).EndPoints));
        Assert.Equal("redis", endpoint.Host);
        Assert.Equal(6379, endpoint.Port);
        Assert.NotEmpty(compose.Seq($"services.{endpoint.Host}.healthcheck.test"));
    }

    [Fact]
    public void ComposeAndClusterRunTheSameRedisImageAndArguments()
    {
        var compose = Yaml.File("docker-compose.yml");
        var cluster = Manifests.Containers(Kustomize.Render("prod").Single("StatefulSet", "redis")).Single();

        Assert.Equal(cluster.Str("image"), compose.Str("services.redis.image"));
        var composeArguments = Scalars(compose.Seq("services.redis.command"));
        Assert.Equal("redis-server", composeArguments[0]);
        Assert.Equal(WithoutDataDirectory(Scalars(cluster.Seq("args"))), composeArguments[1..]);
    }

    [Fact]
    public void ClusterArgumentsStartARealRedisServerWithoutPersistence()
    {
        Assert.True(File.Exists(RedisServer), $"{RedisServer} is missing (apt-get install redis-server; scripts/lib/prerequisites.sh installs it)");
        var arguments = WithoutDataDirectory(Scalars(Manifests.Containers(Kustomize.Render("dev").Single("StatefulSet", "redis")).Single().Seq("args")));
        var directory = Directory.CreateTempSubdirectory("meddoc-redis-args-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(RedisServer) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Concat(["--bind", "127.0.0.1", "--port", port.ToString(), "--dir", directory]))
        {
            start.ArgumentList.Add(argument);
        }
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            Assert.Equal("+PONG", Ask(port, "PING", server));
            Assert.Contains("volatile-lru", Ask(port, "CONFIG GET maxmemory-policy", server), StringComparison.Ordinal);
            Assert.EndsWith("save\r\n$0", Ask(port, "CONFIG GET save", server), StringComparison.Ordinal);
            Assert.EndsWith("appendonly\r\n$2\r\nno", Ask(port, "CONFIG GET appendonly", server), StringComparison.Ordinal);
        }
        finally
        {
            server.Kill();
            server.WaitForExit(10_000);
            Directory.Delete(directory, recursive: true);
        }
    }

    private const string RedisServer = "/usr/bin/redis-server";

    private static List<string> Scalars(IEnumerable<YamlNode> nodes) => [.. nodes.Select(node => ((YamlScalarNode)node).Value ?? string.Empty)];

    /// <summary>The arguments without <c>--dir /data</c>, the cluster pod's writable volume.</summary>
    private static List<string> WithoutDataDirectory(List<string> arguments)
    {
        var at = arguments.IndexOf("--dir");
        return at < 0 ? arguments : [.. arguments[..at], .. arguments[(at + 2)..]];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Sends one inline command and returns the reply, retrying the connection while the server starts.</summary>
    private static string Ask(int port, string command, Process server)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                using var stream = client.GetStream();
                stream.ReadTimeout = 5000;
                stream.Write(Encoding.ASCII.GetBytes(command + "\r\n"));
                var buffer = new byte[4096];
                var read = stream.Read(buffer);
                return Encoding.ASCII.GetString(buffer, 0, read).TrimEnd('\r', '\n');
            }
            catch (SocketException) when (attempt < 100 && !server.HasExited)
            {
                Thread.Sleep(100);
            }
        }
    }
}
