using MedDoc.Api.Identity;
using Microsoft.Extensions.Configuration;

namespace MedDoc.Api.Tests.Identity;

/// <summary>Which configured listen addresses another machine could reach.</summary>
public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8000", true)]
    [InlineData("http://127.9.9.9:8000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("https://LOCALHOST:5001/", true)]
    [InlineData("http://[::1]:8000", true)]
    [InlineData("http://0.0.0.0:8000", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://[::]:8000", false)]
    [InlineData("http://10.0.0.5:8000", false)]
    [InlineData("http://meddoc.example.com:8000", false)]
    public void LoopbackIsOnlyLocalhostAndLoopbackAddresses(string url, bool loopback)
    {
        Assert.Equal(loopback, ListenAddresses.IsLoopback(url));
    }

    [Fact]
    public void NothingConfiguredMeansKestrelsLoopbackDefault()
    {
        Assert.Empty(ListenAddresses.NonLoopback(Configuration([])));
    }

    [Fact]
    public void UrlsWinOverPortsAndEachExposedOneIsNamed()
    {
        var configuration = Configuration(new() { ["urls"] = "http://127.0.0.1:8000;http://0.0.0.0:8001", ["http_ports"] = "8080" });

        Assert.Equal(["http://0.0.0.0:8001"], ListenAddresses.NonLoopback(configuration));
    }

    [Fact]
    public void PortsAloneListenOnEveryInterface()
    {
        Assert.Equal(["http://*:8080"], ListenAddresses.NonLoopback(Configuration(new() { ["http_ports"] = "8080" })));
    }

    [Fact]
    public void KestrelEndpointsCountToo()
    {
        var configuration = Configuration(new() { ["urls"] = "http://127.0.0.1:8000", ["Kestrel:Endpoints:Public:Url"] = "http://0.0.0.0:9000" });

        Assert.Equal(["http://0.0.0.0:9000"], ListenAddresses.NonLoopback(configuration));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
