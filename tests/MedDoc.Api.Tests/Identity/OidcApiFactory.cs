using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Identity;

/// <summary>The API on in-memory SQLite with identity configured: bearer tokens from a <see cref="TestIssuer"/>.</summary>
public sealed class OidcApiFactory : SqliteApiFactory
{
    public TestIssuer Issuer { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [EnvironmentVariables.OidcAuthority] = Issuer.Url,
        [EnvironmentVariables.OidcAudience] = TestIssuer.Audience,
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Issuer = await TestIssuer.StartAsync();
    }

    /// <summary>A client that sends <paramref name="token"/> as its bearer token (none when null).</summary>
    public HttpClient CreateClient(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    protected override async Task DropDatabaseAsync()
    {
        await base.DropDatabaseAsync();
        await Issuer.DisposeAsync();
    }
}
