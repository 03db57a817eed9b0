using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace MedDoc.Api.Tests.Identity;

/// <summary>
/// What the web UI needs to sign in: GET /api/auth/config names the issuer, client and scopes, and the CSP
/// lets the UI reach the issuer (and the extra origins OIDC_UI_CONNECT_ORIGINS names) and nothing else.
/// </summary>
public sealed class SignInConfigurationTests(OidcApiFactory factory) : IClassFixture<OidcApiFactory>
{
    [Fact]
    public async Task TheUiIsToldTheIssuerAndTheDefaultScopes()
    {
        var client = factory.CreateClientOrSkip(token: null);

        var config = await (await client.GetAsync("/api/auth/config")).JsonAsync();

        Assert.Equal("oidc", config.GetProperty("mode").GetString());
        Assert.Equal(factory.Issuer!.Url, config.GetProperty("authority").GetString());
        Assert.Equal("openid profile", config.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task ThePolicyLetsTheUiReachTheIssuer()
    {
        var client = factory.CreateClientOrSkip(token: null);

        var response = await client.GetAsync("/");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var issuerOrigin = new Uri(factory.Issuer!.Url).GetLeftPart(UriPartial.Authority);
        Assert.Contains($"connect-src 'self' {issuerOrigin};", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePolicyAlsoNamesTheExtraSignInOrigins()
    {
        var identity = Bind(new()
        {
            [EnvironmentVariables.OidcAuthority] = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Example",
            [EnvironmentVariables.OidcAudience] = "meddoc-api",
            [EnvironmentVariables.OidcUiConnectOrigins] = "https://meddoc.auth.eu-west-1.amazoncognito.com/, https://cognito-idp.eu-west-1.amazonaws.com",
        });

        var policy = SecurityHeaders.ContentSecurityPolicy(identity, relaxedForDocs: false);

        Assert.Contains("connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com https://meddoc.auth.eu-west-1.amazoncognito.com;", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void InLocalModeThePolicyNamesNoOtherOrigin()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy(Bind([]), relaxedForDocs: false);

        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://meddoc.auth.example.com/oauth2/token")]
    [InlineData("http://id.example.com")]
    [InlineData("not a url")]
    public void AnExtraOriginThatIsNotAnHttpsOriginStopsStartUp(string origin)
    {
        var failure = Assert.Throws<ConfigurationException>(() => Bind(new()
        {
            [EnvironmentVariables.OidcAuthority] = "https://id.example.com/realms/meddoc",
            [EnvironmentVariables.OidcAudience] = "meddoc-api",
            [EnvironmentVariables.OidcUiConnectOrigins] = origin,
        }));

        Assert.Equal(EnvironmentVariables.OidcUiConnectOrigins, failure.Variable);
    }

    [Fact]
    public void TheScopesAreConfigurable()
    {
        var identity = Bind(new()
        {
            [EnvironmentVariables.OidcAuthority] = "https://login.microsoftonline.com/tenant-id/v2.0",
            [EnvironmentVariables.OidcAudience] = "api://meddoc",
            [EnvironmentVariables.OidcUiScope] = "openid profile offline_access api://meddoc/access",
        });

        Assert.Equal("openid profile offline_access api://meddoc/access", identity.UiScope);
    }

    private static IdentitySettings Bind(Dictionary<string, string?> values)
    {
        var settings = new IdentitySettings();
        IdentitySettings.Bind(settings, new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return settings;
    }
}
