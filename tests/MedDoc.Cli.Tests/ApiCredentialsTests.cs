namespace MedDoc.Cli.Tests;

/// <summary>The CLI sends the API key or the access token it is given, and nothing otherwise.</summary>
public sealed class ApiCredentialsTests
{
    [Fact]
    public void AnApiKeyIsSentAsXApiKey()
    {
        using var client = ApiCredentials.Apply(new HttpClient(), name => name == "MEDDOC_API_KEY" ? " mdk_abc " : "token");

        Assert.Equal("mdk_abc", Assert.Single(client.DefaultRequestHeaders.GetValues("X-API-Key")));
        Assert.Null(client.DefaultRequestHeaders.Authorization);
    }

    [Fact]
    public void ATokenIsSentAsABearerToken()
    {
        using var client = ApiCredentials.Apply(new HttpClient(), name => name == "MEDDOC_API_TOKEN" ? "eyJ.token" : null);

        Assert.Equal("Bearer", client.DefaultRequestHeaders.Authorization?.Scheme);
        Assert.Equal("eyJ.token", client.DefaultRequestHeaders.Authorization?.Parameter);
    }

    [Fact]
    public void NothingIsSentWithoutCredentials()
    {
        using var client = ApiCredentials.Apply(new HttpClient(), _ => null);

        Assert.False(client.DefaultRequestHeaders.Contains("X-API-Key"));
        Assert.Null(client.DefaultRequestHeaders.Authorization);
    }
}
