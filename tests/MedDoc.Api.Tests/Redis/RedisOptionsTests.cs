using System.Net;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Redis;

namespace MedDoc.Api.Tests.Redis;

/// <summary>REDIS_URL names host, port, password, database and TLS; anything else stops start-up naming the variable.</summary>
public sealed class RedisOptionsTests
{
    [Fact]
    public void AFullUrlGivesHostPortPasswordAndDatabase()
    {
        var options = RedisOptions.Parse("redis://:s%40cret@cache.internal:6380/2");

        var endpoint = Assert.IsType<DnsEndPoint>(Assert.Single(options.EndPoints));
        Assert.Equal(("cache.internal", 6380), (endpoint.Host, endpoint.Port));
        Assert.Equal("s@cret", options.Password);
        Assert.Equal(2, options.DefaultDatabase);
        Assert.False(options.Ssl);
        Assert.False(options.AbortOnConnectFail);
    }

    [Fact]
    public void RedissMeansTlsAndThePortDefaultsTo6379()
    {
        var options = RedisOptions.Parse("rediss://cache.internal");

        Assert.True(options.Ssl);
        Assert.Equal(6379, Assert.IsType<DnsEndPoint>(Assert.Single(options.EndPoints)).Port);
        Assert.Null(options.Password);
    }

    [Theory]
    [InlineData("cache.internal:6379")]
    [InlineData("http://cache.internal:6379")]
    [InlineData("redis://cache.internal/zero")]
    public void OtherFormsAreRefusedNamingTheVariable(string url)
    {
        var error = Assert.Throws<ConfigurationException>(() => RedisOptions.Parse(url));

        Assert.Contains("REDIS_URL", error.Message);
    }
}
