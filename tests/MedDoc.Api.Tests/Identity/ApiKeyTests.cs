using MedDoc.Api.Identity;
using MedDoc.Api.Persistence;
using MedDoc.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Identity;

/// <summary>API keys: created by an admin and shown once, stored hashed, refused when wrong, revoked or expired.</summary>
public sealed class ApiKeyTests(OidcApiFactory factory) : IClassFixture<OidcApiFactory>
{
    private HttpClient Admin => factory.CreateClientOrSkip(factory.Issuer!.Mint("admin-1", "tenant-keys", ["admin"]));

    private async Task<(string Key, string Id)> CreateKeyAsync(object? body = null)
    {
        var response = await Admin.PostJsonAsync("/api/keys", body ?? new Dictionary<string, object> { ["name"] = "scanner" });
        Assert.Equal(201, (int)response.StatusCode);
        var created = await response.JsonAsync();
        return (created.GetProperty("key").GetString()!, created.GetProperty("api_key").GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task AKeyActsAsAServiceInItsTenant()
    {
        var (key, id) = await CreateKeyAsync();
        var client = factory.CreateClientWithApiKeyOrSkip(key);

        var me = await (await client.GetAsync("/api/me")).JsonAsync();

        Assert.StartsWith("mdk_", key);
        Assert.Equal($"key:{id}", me.GetProperty("subject").GetString());
        Assert.Equal("tenant-keys", me.GetProperty("tenant").GetString());
        Assert.Equal(["service"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(201, (int)(await client.PostTextAsync("/api/documents", "IMPRESSION: Cardiomegaly.")).StatusCode);
        await (await client.GetAsync("/api/documents")).AssertProblemAsync(403, "forbidden");
    }

    [Fact]
    public async Task TheKeyIsShownOnceAndOnlyItsHashIsStored()
    {
        var (key, id) = await CreateKeyAsync();

        var listed = await (await Admin.GetAsync("/api/keys")).Content.ReadAsStringAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<MedDocDbContext>().ApiKeys.IgnoreQueryFilters().SingleAsync(k => k.Id == Guid.ParseExact(id, "N"));

        var secret = SecretOf(key);
        Assert.Contains(id, listed);
        Assert.DoesNotContain(secret, listed);
        Assert.DoesNotContain(secret, row.SecretHash);
        Assert.Equal(64, row.SecretHash.Length);
        Assert.Equal("admin-1", row.CreatedBy);
    }

    [Fact]
    public async Task UseIsRecordedAsLastUsed()
    {
        var (key, id) = await CreateKeyAsync();

        await factory.CreateClientWithApiKeyOrSkip(key).GetAsync("/api/me");

        var listed = await (await Admin.GetAsync("/api/keys")).JsonAsync();
        var item = listed.GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, item.GetProperty("last_used_at").ValueKind);
    }

    [Fact]
    public async Task ARevokedKeyIsRefusedAtOnce()
    {
        var (key, id) = await CreateKeyAsync();
        var client = factory.CreateClientWithApiKeyOrSkip(key);
        Assert.Equal(200, (int)(await client.GetAsync("/api/me")).StatusCode);

        Assert.Equal(204, (int)(await Admin.DeleteAsync($"/api/keys/{id}")).StatusCode);

        var problem = await (await client.GetAsync("/api/me")).AssertProblemAsync(401, "unauthorized");
        Assert.Contains("revoked", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnExpiredKeyIsRefused()
    {
        await CreateKeyAsync();
        var (key, _) = await CreateKeyAsync(new Dictionary<string, object> { ["name"] = "short-lived", ["expires_at"] = DateTime.UtcNow.AddSeconds(3) });
        await Task.Delay(TimeSpan.FromSeconds(3.5));

        var problem = await (await factory.CreateClientWithApiKeyOrSkip(key).GetAsync("/api/me")).AssertProblemAsync(401, "unauthorized");

        Assert.Contains("expired", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("wrong secret")]
    [InlineData("unknown id")]
    [InlineData("not a key")]
    public async Task AWrongKeyIsRefused(string kind)
    {
        var (key, _) = await CreateKeyAsync();
        var presented = kind switch
        {
            "wrong secret" => key[..^4] + "AAAA",
            "unknown id" => $"mdk_{Guid.NewGuid():N}_{SecretOf(key)}",
            _ => "letmein",
        };

        var problem = await (await factory.CreateClientWithApiKeyOrSkip(presented).GetAsync("/api/me")).AssertProblemAsync(401, "unauthorized");

        Assert.Contains(kind == "not a key" ? "not a MedDoc API key" : "not valid", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("admin", "cannot be granted")]
    [InlineData("", "name is required")]
    [InlineData("past", "expires_at must be in the future")]
    public async Task BadKeyRequestsAreRefused(string kind, string detail)
    {
        var body = new Dictionary<string, object> { ["name"] = kind == "" ? " " : "feed" };
        if (kind == "admin")
        {
            body["roles"] = new[] { "admin" };
        }
        if (kind == "past")
        {
            body["expires_at"] = DateTime.UtcNow.AddMinutes(-1);
        }

        var problem = await (await Admin.PostJsonAsync("/api/keys", body)).AssertProblemAsync(400, "invalid_api_key_request");

        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OnlyAdminsManageKeys()
    {
        var coder = factory.CreateClientOrSkip(factory.Issuer!.Mint("coder-1", "tenant-keys", ["coder"]));
        var (key, _) = await CreateKeyAsync();

        await (await coder.PostJsonAsync("/api/keys", new Dictionary<string, object> { ["name"] = "x" })).AssertProblemAsync(403, "forbidden");
        await (await coder.GetAsync("/api/keys")).AssertProblemAsync(403, "forbidden");
        await (await factory.CreateClientWithApiKeyOrSkip(key).GetAsync("/api/keys")).AssertProblemAsync(403, "forbidden");
    }

    /// <summary>The secret part of "mdk_&lt;id&gt;_&lt;secret&gt;": base64url may itself contain '_', so it is everything after the id.</summary>
    private static string SecretOf(string key) => key[(ApiKeySecret.Prefix.Length + 33)..];
}
