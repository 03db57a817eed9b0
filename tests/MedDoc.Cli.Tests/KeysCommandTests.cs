using System.Net;
using System.Text.Json;
using MedDoc.Cli.Tests.Support;

namespace MedDoc.Cli.Tests;

/// <summary>
/// meddoc keys create|list|revoke against the real API on Kestrel: in local mode (no credentials needed), and with
/// identity configured (an admin's bearer token from MEDDOC_API_TOKEN; refused credentials and roles).
/// </summary>
public sealed class KeysCommandTests
{
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public async Task CreatePrintsTheKeyOnceAndTheKeyWorksAgainstTheApi()
    {
        await using var api = await LiveMedDocApi.StartLocalAsync();

        var (code, stdout, stderr) = await Meddoc.RunAsync("keys", "create", "--api-base", api.ApiBase, "--name", "lab feed", "--role", "service");

        Assert.True(code == ExitCodes.Success, stderr);
        var key = stdout.TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith("mdk_", key);
        Assert.Contains("'lab feed' with roles service, no expiry", stdout);
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Add("X-API-Key", key);
        using var me = JsonDocument.Parse(await client.GetStringAsync(api.ApiBase + "/me"));
        Assert.Equal("api_key", me.RootElement.GetProperty("method").GetString());

        var (_, listed, _) = await Meddoc.RunAsync("keys", "list", "--api-base", api.ApiBase);
        Assert.Contains("lab feed", listed);
        Assert.DoesNotContain(key, listed);
    }

    [Fact]
    public async Task ListShowsEveryKeyWithItsStatusNewestFirst()
    {
        await using var api = await LiveMedDocApi.StartLocalAsync();
        var first = await CreateAsync(api, "nightly export", "--role", "coder", "--role", "service", "--expires-in-days", "30");
        var second = await CreateAsync(api, "scanner [ward 3]");
        Assert.Equal(ExitCodes.Success, (await Meddoc.RunAsync("keys", "revoke", second.ApiKey.Id, "--api-base", api.ApiBase)).ExitCode);

        var (code, table, stderr) = await Meddoc.RunAsync("keys", "list", "--api-base", api.ApiBase);

        Assert.True(code == ExitCodes.Success, stderr);
        var rows = table.Split('\n').Where(line => line.Contains(first.ApiKey.Id) || line.Contains(second.ApiKey.Id)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(second.ApiKey.Id, rows[0]);
        Assert.Contains("revoked", rows[0]);
        Assert.Contains("scanner [ward 3]", rows[0]);
        Assert.Contains("active", rows[1]);
        Assert.Contains("coder, service", rows[1]);
        Assert.Contains(first.ApiKey.ExpiresAt!.Value.ToString("yyyy-MM-dd"), rows[1]);

        var (_, json, _) = await Meddoc.RunAsync("keys", "list", "--api-base", api.ApiBase, "--json");
        using var document = JsonDocument.Parse(json);
        Assert.Equal([second.ApiKey.Id, first.ApiKey.Id], document.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task RevokedKeyStopsWorking()
    {
        await using var api = await LiveMedDocApi.StartLocalAsync();
        var created = await CreateAsync(api, "to revoke");

        var (code, stdout, stderr) = await Meddoc.RunAsync("keys", "revoke", created.ApiKey.Id, "--api-base", api.ApiBase);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains($"Revoked API key {created.ApiKey.Id}", stdout);
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Add("X-API-Key", created.Key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(api.ApiBase + "/me")).StatusCode);
    }

    [Fact]
    public async Task UnknownKeyIdExitsFourNamingTheId()
    {
        await using var api = await LiveMedDocApi.StartLocalAsync();
        var unknown = Guid.NewGuid().ToString("N");

        var (code, _, stderr) = await Meddoc.RunAsync("keys", "revoke", unknown, "--api-base", api.ApiBase);

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains($"no API key has the id {unknown}", stderr);
    }

    [Fact]
    public async Task AnIdThatIsNotAGuidIsBadUsageAndNothingIsSent()
    {
        var (code, _, stderr) = await Meddoc.RunAsync("keys", "revoke", "mdk_not-an-id", "--api-base", "http://127.0.0.1:1/api");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("'mdk_not-an-id' is not an API key id", stderr);
    }

    [Theory]
    [InlineData("localhost:8000", "--api-base must be an absolute http(s) URL")]
    [InlineData("ftp://127.0.0.1/api", "--api-base must be an absolute http(s) URL")]
    [InlineData("http://127.0.0.1:1/api", "cannot reach the API at http://127.0.0.1:1/api/keys")]
    public async Task BadOrUnreachableApiBaseExitsTwoNamingIt(string apiBase, string expected)
    {
        var (code, _, stderr) = await Meddoc.RunAsync("keys", "list", "--api-base", apiBase);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(expected, stderr);
    }

    [Fact]
    public async Task AnApiBaseWithoutApiSaysWhatTheBaseShouldBe()
    {
        await using var api = await LiveMedDocApi.StartLocalAsync();
        var server = api.ApiBase[..^"/api".Length];

        var (code, _, stderr) = await Meddoc.RunAsync("keys", "list", "--api-base", server);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("is --api-base the API's base URL", stderr);
    }

    [Fact]
    public async Task MissingApiBaseOrNameIsBadUsage()
    {
        var (noBase, _, baseError) = await Meddoc.RunAsync("keys", "list");
        var (noName, _, nameError) = await Meddoc.RunAsync("keys", "create", "--api-base", "http://127.0.0.1:1/api");
        var (badRole, _, roleError) = await Meddoc.RunAsync("keys", "create", "--api-base", "http://127.0.0.1:1/api", "--name", "x", "--role", "admin");

        Assert.Equal(ExitCodes.BadInput, noBase);
        Assert.Contains("--api-base", baseError);
        Assert.Equal(ExitCodes.BadInput, noName);
        Assert.Contains("--name", nameError);
        Assert.Equal(ExitCodes.BadInput, badRole);
        Assert.Contains("admin", roleError);
    }

    [Theory]
    [InlineData("2020-01-01", "expires_at must be in the future")]
    [InlineData("next tuesday", "--expires-at must be an ISO 8601 date")]
    public async Task ABadExpiryExitsTwoWithTheReason(string expiresAt, string expected)
    {
        await using var api = await LiveMedDocApi.StartLocalAsync();

        var (code, _, stderr) = await Meddoc.RunAsync("keys", "create", "--api-base", api.ApiBase, "--name", "x", "--expires-at", expiresAt);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(expected, stderr);
    }

    [Fact]
    public async Task WithIdentityAnAdminTokenManagesKeys()
    {
        await using var api = await LiveMedDocApi.StartWithIdentityAsync();
        var admin = Env(ApiCredentials.TokenVariable, api.AdminToken());

        var (code, stdout, stderr) = await Meddoc.RunWithEnvironmentAsync(admin, "keys", "create", "--api-base", api.ApiBase, "--name", "feed", "--json");

        Assert.True(code == ExitCodes.Success, stderr);
        var created = JsonSerializer.Deserialize<CreatedKey>(stdout, Snake)!;
        Assert.Equal("admin-1", created.ApiKey.CreatedBy);
        var (listCode, listed, _) = await Meddoc.RunWithEnvironmentAsync(admin, "keys", "list", "--api-base", api.ApiBase);
        Assert.Equal(ExitCodes.Success, listCode);
        Assert.Contains(created.ApiKey.Id, listed);
    }

    [Fact]
    public async Task WithIdentityNoOrABadTokenExitsThreeSayingWhatToSet()
    {
        await using var api = await LiveMedDocApi.StartWithIdentityAsync();

        var (none, _, noneError) = await Meddoc.RunWithEnvironmentAsync(Env(), "keys", "list", "--api-base", api.ApiBase);
        var expired = Env(ApiCredentials.TokenVariable, api.Issuer!.Mint(roles: ["admin"], expires: DateTime.UtcNow.AddMinutes(-5)));
        var (old, _, oldError) = await Meddoc.RunWithEnvironmentAsync(expired, "keys", "list", "--api-base", api.ApiBase);

        Assert.Equal(ExitCodes.Refused, none);
        Assert.Contains("answered 401", noneError);
        Assert.Contains(ApiCredentials.TokenVariable, noneError);
        Assert.Equal(ExitCodes.Refused, old);
        Assert.Contains("answered 401", oldError);
    }

    [Fact]
    public async Task WithIdentityACoderOrAServiceKeyIsRefusedWithTheRoleItNeeds()
    {
        await using var api = await LiveMedDocApi.StartWithIdentityAsync();
        var coder = Env(ApiCredentials.TokenVariable, api.Issuer!.Mint(roles: ["coder"]));
        var (_, stdout, _) = await Meddoc.RunWithEnvironmentAsync(Env(ApiCredentials.TokenVariable, api.AdminToken()), "keys", "create", "--api-base", api.ApiBase, "--name", "svc", "--json");
        var serviceKey = Env(ApiCredentials.ApiKeyVariable, JsonSerializer.Deserialize<CreatedKey>(stdout, Snake)!.Key);

        var (byCoder, _, coderError) = await Meddoc.RunWithEnvironmentAsync(coder, "keys", "create", "--api-base", api.ApiBase, "--name", "x");
        var (byKey, _, keyError) = await Meddoc.RunWithEnvironmentAsync(serviceKey, "keys", "revoke", Guid.NewGuid().ToString("N"), "--api-base", api.ApiBase);

        Assert.Equal(ExitCodes.Refused, byCoder);
        Assert.Contains("answered 403", coderError);
        Assert.Contains("admin", coderError);
        Assert.Equal(ExitCodes.Refused, byKey);
        Assert.Contains("answered 403", keyError);
    }

    [Fact]
    public async Task AnotherTenantsKeyIdIsUnknown()
    {
        await using var api = await LiveMedDocApi.StartWithIdentityAsync();
        var (_, stdout, _) = await Meddoc.RunWithEnvironmentAsync(Env(ApiCredentials.TokenVariable, api.AdminToken("tenant-a")), "keys", "create", "--api-base", api.ApiBase, "--name", "a", "--json");
        var id = JsonSerializer.Deserialize<CreatedKey>(stdout, Snake)!.ApiKey.Id;

        var (code, _, stderr) = await Meddoc.RunWithEnvironmentAsync(Env(ApiCredentials.TokenVariable, api.AdminToken("tenant-b")), "keys", "revoke", id, "--api-base", api.ApiBase);

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains(id, stderr);
    }

    private static async Task<CreatedKey> CreateAsync(LiveMedDocApi api, string name, params string[] more)
    {
        var (code, stdout, stderr) = await Meddoc.RunAsync(["keys", "create", "--api-base", api.ApiBase, "--name", name, "--json", .. more]);
        Assert.True(code == ExitCodes.Success, stderr);
        return JsonSerializer.Deserialize<CreatedKey>(stdout, Snake)!;
    }

    private static Func<string, string?> Env(params string[] nameThenValue) =>
        name => Array.IndexOf(nameThenValue, name) is var at and >= 0 && at % 2 == 0 ? nameThenValue[at + 1] : null;

    private sealed record CreatedKey(string Key, KeyInfo ApiKey);

    private sealed record KeyInfo(string Id, string Name, string CreatedBy, DateTime? ExpiresAt);
}
