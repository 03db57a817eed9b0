using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Configuration;

/// <summary>ALLOW_ORIGINS with a trailing slash (the prototype's bug) still lets that origin in, and only it.</summary>
public sealed class CorsTests(CorsTests.TrailingSlashOriginsFactory factory) : IClassFixture<CorsTests.TrailingSlashOriginsFactory>
{
    public sealed class TrailingSlashOriginsFactory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            [EnvironmentVariables.AllowOrigins] = "http://ui.meddoc.test/,http://localhost:5173",
        };
    }

    [Fact]
    public async Task PreflightFromAnOriginListedWithATrailingSlashIsAllowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/classify");
        request.Headers.Add("Origin", "http://ui.meddoc.test");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(204, (int)response.StatusCode);
        Assert.Equal("http://ui.meddoc.test", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task SimpleRequestFromAnAllowedOriginCarriesTheHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("Origin", "http://localhost:5173");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal("http://localhost:5173", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task OtherOriginsGetNoCorsHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("Origin", "http://evil.test");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
