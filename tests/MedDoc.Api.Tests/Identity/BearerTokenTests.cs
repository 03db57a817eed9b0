using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Identity;

/// <summary>
/// With OIDC_AUTHORITY set, the API accepts only tokens its issuer signed for its audience, and
/// each role reaches only its endpoints; every refusal is a 401/403 problem that says why.
/// </summary>
public sealed class BearerTokenTests(OidcApiFactory factory) : IClassFixture<OidcApiFactory>
{
    private TestIssuer Issuer => factory.Issuer!;

    [Fact]
    public async Task ValidCoderTokenListsDocuments()
    {
        var response = await factory.CreateClientOrSkip(Issuer.Mint(roles: ["coder"])).GetAsync("/api/documents");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task TokenClaimsBecomeTheCallersSubjectTenantAndRoles()
    {
        var me = await (await factory.CreateClientOrSkip(Issuer.Mint("alice", "tenant-x", ["coder", "admin", "not-a-meddoc-role"])).GetAsync("/api/me")).JsonAsync();

        Assert.Equal("alice", me.GetProperty("subject").GetString());
        Assert.Equal("tenant-x", me.GetProperty("tenant").GetString());
        Assert.Equal(["coder", "admin"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal("oidc", me.GetProperty("method").GetString());
    }

    [Fact]
    public async Task NoTokenIsUnauthorizedWithABearerChallenge()
    {
        var response = await factory.CreateClientOrSkip(token: null).GetAsync("/api/documents");

        var problem = await response.AssertProblemAsync(401, "unauthorized");
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("Authorization: Bearer", problem.GetProperty("detail").GetString());
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", "expired" },
        { "wrong audience", "audience" },
        { "wrong issuer", "issuer" },
        { "tampered payload", "signature" },
        { "unknown signing key", "signature" },
        { "not a JWT", "not a well-formed" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadTokenIsUnauthorizedAndSaysWhy(string kind, string reason)
    {
        var token = kind switch
        {
            "expired" => Issuer.Mint(expires: DateTime.UtcNow.AddHours(-1)),
            "wrong audience" => Issuer.Mint(audience: "another-api"),
            "wrong issuer" => Issuer.Mint(issuer: "https://issuer.invalid"),
            "tampered payload" => Issuer.Tampered(),
            "unknown signing key" => Issuer.Mint(signWithUnknownKey: true),
            _ => "definitely-not-a-jwt",
        };

        var response = await factory.CreateClientOrSkip(token).GetAsync("/api/documents");

        var problem = await response.AssertProblemAsync(401, "unauthorized");
        Assert.Contains(reason, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TokenWithoutAMedDocRoleIsForbidden()
    {
        var response = await factory.CreateClientOrSkip(Issuer.Mint(roles: ["viewer"])).GetAsync("/api/documents");

        var problem = await response.AssertProblemAsync(403, "forbidden");
        Assert.Contains("coder or admin", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TokenWithoutATenantIsForbidden()
    {
        var response = await factory.CreateClientOrSkip(Issuer.Mint(tenant: null)).GetAsync("/api/documents");

        var problem = await response.AssertProblemAsync(403, "forbidden");
        Assert.Contains("'tenant' claim", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CoderMayUploadAndReadButNotDelete()
    {
        var client = factory.CreateClientOrSkip(Issuer.Mint(roles: ["coder"]));
        var created = await client.PostTextAsync("/api/documents", "IMPRESSION: Cardiomegaly.");
        var id = (await created.JsonAsync()).GetProperty("id").GetString();

        Assert.Equal(201, (int)created.StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync($"/api/documents/{id}")).StatusCode);
        await (await client.DeleteAsync($"/api/documents/{id}")).AssertProblemAsync(403, "forbidden");
    }

    [Fact]
    public async Task AdminMayDelete()
    {
        var client = factory.CreateClientOrSkip(Issuer.Mint(roles: ["admin"]));
        var id = (await (await client.PostTextAsync("/api/documents", "IMPRESSION: Cardiomegaly.")).JsonAsync()).GetProperty("id").GetString();

        Assert.Equal(204, (int)(await client.DeleteAsync($"/api/documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task ServiceMayAnalyseAndUploadButNotReadDocuments()
    {
        var client = factory.CreateClientOrSkip(Issuer.Mint(roles: ["service"]));

        Assert.Equal(200, (int)(await client.PostTextAsync("/api/analyze", "IMPRESSION: Cardiomegaly.")).StatusCode);
        Assert.Equal(201, (int)(await client.PostTextAsync("/api/documents", "IMPRESSION: Cardiomegaly.")).StatusCode);
        await (await client.GetAsync("/api/documents")).AssertProblemAsync(403, "forbidden");
        await (await client.GetAsync("/api/eval/quick")).AssertProblemAsync(403, "forbidden");
    }

    [Fact]
    public async Task ProbesAndTheAuthConfigNeedNoToken()
    {
        var client = factory.CreateClientOrSkip(token: null);

        Assert.Equal(200, (int)(await client.GetAsync("/health")).StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync("/ready")).StatusCode);
        var config = await (await client.GetAsync("/api/auth/config")).JsonAsync();
        Assert.Equal("oidc", config.GetProperty("mode").GetString());
        Assert.Equal(Issuer.Url, config.GetProperty("authority").GetString());
    }

    [Fact]
    public async Task RefusedTokensAreLoggedWithoutTheToken()
    {
        var token = Issuer.Mint(expires: DateTime.UtcNow.AddHours(-1));

        await factory.CreateClientOrSkip(token).GetAsync("/api/documents");

        Assert.Contains(factory.Logs.Messages, message => message.Contains("Bearer token refused: The bearer token has expired", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Messages, message => message.Contains(token.Split('.')[2], StringComparison.Ordinal));
    }
}
