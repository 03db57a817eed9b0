using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MedDoc.Api.Tests.Identity;

/// <summary>
/// A minimal OpenID Connect issuer on 127.0.0.1: it serves its discovery document and its signing
/// key as JWKS, and mints RS256 tokens (good ones and every kind of bad one) for the tests.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string Audience = "meddoc-api";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-signing-key" };
    private readonly RsaSecurityKey _otherKey = new(RSA.Create(2048)) { KeyId = "test-signing-key" };

    private TestIssuer(WebApplication app) => _app = app;

    /// <summary>The issuer URL without a trailing slash: what OIDC_AUTHORITY is set to and what "iss" says.</summary>
    public string Url => _app.Urls.First().TrimEnd('/');

    public static async Task<TestIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new TestIssuer(app);
        app.MapGet("/.well-known/openid-configuration", issuer.Discovery);
        app.MapGet("/jwks", issuer.Jwks);
        await app.StartAsync();
        return issuer;
    }

    /// <summary>A token for <paramref name="subject"/> with <paramref name="roles"/> in "roles" and <paramref name="tenant"/> in "tenant".</summary>
    public string Mint(
        string subject = "user-1",
        string? tenant = "tenant-a",
        string[]? roles = null,
        string? audience = Audience,
        string? issuer = null,
        DateTime? expires = null,
        bool signWithUnknownKey = false)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["roles"] = roles ?? ["coder"] };
        if (tenant is not null)
        {
            claims["tenant"] = tenant;
        }
        var expiry = expires ?? now.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Url,
            Audience = audience,
            Claims = claims,
            IssuedAt = expiry.AddMinutes(-20),
            NotBefore = expiry.AddMinutes(-20),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(signWithUnknownKey ? _otherKey : _key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A validly signed token whose payload was then edited (here: its roles raised to admin).</summary>
    public string Tampered()
    {
        var parts = Mint(roles: ["coder"]).Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"coder\"", "\"admin\"", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Url,
        ["jwks_uri"] = Url + "/jwks",
        ["authorization_endpoint"] = Url + "/authorize",
        ["token_endpoint"] = Url + "/token",
        ["response_types_supported"] = new[] { "code" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    private IResult Jwks()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
        var key = new Dictionary<string, string> { ["kty"] = jwk.Kty, ["kid"] = jwk.Kid, ["use"] = "sig", ["alg"] = "RS256", ["n"] = jwk.N, ["e"] = jwk.E };
        return Results.Text(JsonSerializer.Serialize(new { keys = new[] { key } }), "application/json");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Rsa.Dispose();
        _otherKey.Rsa.Dispose();
    }
}
