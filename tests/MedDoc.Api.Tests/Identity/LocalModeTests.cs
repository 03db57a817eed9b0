using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Identity;

/// <summary>Without an identity provider every request is the local caller, with every role, and needs no credentials.</summary>
public sealed class LocalModeTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task EveryRequestIsTheLocalCallerWithEveryRole()
    {
        var me = await (await factory.CreateClient().GetAsync("/api/me")).JsonAsync();

        Assert.Equal("local", me.GetProperty("subject").GetString());
        Assert.Equal("local", me.GetProperty("tenant").GetString());
        Assert.Equal(["coder", "admin", "service"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task ABearerTokenIsIgnoredInLocalMode()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "garbage");

        Assert.Equal(200, (int)(await client.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task TheUiIsToldNotToSignIn()
    {
        var config = await (await factory.CreateClient().GetAsync("/api/auth/config")).JsonAsync();

        Assert.Equal("local", config.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task StartUpSaysItRunsInLocalMode()
    {
        await factory.CreateClient().GetAsync("/health");

        Assert.Contains(factory.Logs.Messages, message => message.Contains("Local mode: no identity provider is configured", StringComparison.Ordinal));
    }
}
