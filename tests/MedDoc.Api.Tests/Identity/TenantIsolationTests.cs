using System.Net.Http.Json;
using System.Text.Json;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Identity;

/// <summary>
/// A document belongs to the uploader's tenant: on every document route another tenant's id
/// answers 404 exactly like an unknown one, and nothing of the other tenant is changed. Reviews belong
/// to their document's tenant: statistics and the export count only the caller's. Runs on SQLite and
/// on PostgreSQL.
/// </summary>
public abstract class TenantIsolationTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(OidcApiFactory factory) : TenantIsolationTests(factory), IClassFixture<OidcApiFactory>;

    public sealed class OnPostgres(OidcPostgresApiFactory factory) : TenantIsolationTests(factory), IClassFixture<OidcPostgresApiFactory>;

    private HttpClient AdminOf(string tenant) => factory.CreateClientOrSkip(factory.Issuer!.Mint($"admin-of-{tenant}", tenant, ["admin"]));

    [SkippableFact]
    public async Task AnotherTenantsDocumentIsNotFoundOnEveryRouteAndStaysIntact()
    {
        var owner = AdminOf("hospital-a");
        var stranger = AdminOf("hospital-b");
        var id = await owner.UploadTextAsync("IMPRESSION: Cardiomegaly.");

        await (await stranger.GetAsync($"/api/documents/{id}")).AssertProblemAsync(404, "not_found");
        await (await stranger.GetAsync($"/api/documents/{id}/content")).AssertProblemAsync(404, "not_found");
        await (await stranger.DeleteAsync($"/api/documents/{id}")).AssertProblemAsync(404, "not_found");
        var strangersList = await (await stranger.GetAsync("/api/documents?page_size=100")).JsonAsync();
        Assert.DoesNotContain(strangersList.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetString() == id);

        Assert.Equal(200, (int)(await owner.GetAsync($"/api/documents/{id}")).StatusCode);
        Assert.Equal("IMPRESSION: Cardiomegaly.", await (await owner.GetAsync($"/api/documents/{id}/content")).Content.ReadAsStringAsync());
        var ownersList = await (await owner.GetAsync("/api/documents?page_size=100")).JsonAsync();
        Assert.Contains(ownersList.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetString() == id);
    }

    [SkippableFact]
    public async Task ListsAndTotalsCountOnlyTheCallersTenant()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var mine = AdminOf(tenant);
        await mine.UploadTextAsync("IMPRESSION: Cardiomegaly.");
        await mine.UploadTextAsync("IMPRESSION: No acute disease.");
        await AdminOf("someone-else").UploadTextAsync("IMPRESSION: Pneumothorax.");

        var page = await (await mine.GetAsync("/api/documents")).JsonAsync();

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
    }

    [SkippableFact]
    public async Task AnotherTenantsApiKeyCannotBeSeenOrRevoked()
    {
        var owner = AdminOf("keys-a");
        var stranger = AdminOf("keys-b");
        var key = await (await owner.PostJsonAsync("/api/keys", new Dictionary<string, object> { ["name"] = "lab feed" })).JsonAsync();
        var keyId = key.GetProperty("api_key").GetProperty("id").GetString();

        await (await stranger.DeleteAsync($"/api/keys/{keyId}")).AssertProblemAsync(404, "not_found");
        var strangersKeys = await (await stranger.GetAsync("/api/keys")).JsonAsync();
        Assert.DoesNotContain(strangersKeys.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetString() == keyId);
        var me = await (await factory.CreateClientWithApiKeyOrSkip(key.GetProperty("key").GetString()!).GetAsync("/api/me")).JsonAsync();
        Assert.Equal("keys-a", me.GetProperty("tenant").GetString());
    }

    [SkippableFact]
    public async Task DocumentsUploadedWithAKeyBelongToTheKeysTenant()
    {
        var admin = AdminOf("key-uploads");
        var key = (await (await admin.PostJsonAsync("/api/keys", new Dictionary<string, object> { ["name"] = "scanner" })).JsonAsync()).GetProperty("key").GetString()!;

        var id = await factory.CreateClientWithApiKeyOrSkip(key).UploadTextAsync("IMPRESSION: Cardiomegaly.");

        Assert.Equal(200, (int)(await admin.GetAsync($"/api/documents/{id}")).StatusCode);
        await (await AdminOf("not-key-uploads").GetAsync($"/api/documents/{id}")).AssertProblemAsync(404, "not_found");
    }

    private static Task<HttpResponseMessage> PutReviewAsync(HttpClient client, string id, int baseRevision) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/documents/{id}/review")
        {
            Content = JsonContent.Create(new
            {
                base_revision = baseRevision,
                status = "reviewed",
                decisions = new[] { new { code = "I51.7", decision = "accepted" } },
            }),
        });

    [SkippableFact]
    public async Task AnotherTenantsDocumentCannotBeReviewedOrReadAndItsReviewStaysIntact()
    {
        var owner = AdminOf("review-a");
        var stranger = AdminOf("review-b");
        var id = await owner.UploadTextAsync("IMPRESSION: Cardiomegaly.");
        Assert.Equal(200, (int)(await PutReviewAsync(owner, id, 0)).StatusCode);

        await (await stranger.GetAsync($"/api/documents/{id}/review")).AssertProblemAsync(404, "not_found");
        await (await PutReviewAsync(stranger, id, 1)).AssertProblemAsync(404, "not_found");

        var review = await (await owner.GetAsync($"/api/documents/{id}/review")).JsonAsync();
        Assert.Equal(1, review.GetProperty("revision").GetInt32());
        Assert.Equal("admin-of-review-a", review.GetProperty("current").GetProperty("reviewer").GetString());
    }

    [SkippableFact]
    public async Task ReviewStatsAndExportCountOnlyTheCallersTenant()
    {
        var tenant = $"reviews-{Guid.NewGuid():N}";
        var mine = AdminOf(tenant);
        var other = AdminOf($"other-{tenant}");
        var myDocument = await mine.UploadTextAsync("IMPRESSION: Cardiomegaly.");
        var theirDocument = await other.UploadTextAsync("IMPRESSION: Cardiomegaly. Cardiomegaly again.");
        Assert.Equal(200, (int)(await PutReviewAsync(mine, myDocument, 0)).StatusCode);
        Assert.Equal(200, (int)(await PutReviewAsync(other, theirDocument, 0)).StatusCode);

        var stats = await (await mine.GetAsync("/api/reviews/stats")).JsonAsync();
        var export = await (await mine.GetAsync("/api/reviews/export")).Content.ReadAsStringAsync();

        Assert.Equal(1, stats.GetProperty("overall").GetProperty("documents").GetInt32());
        Assert.Equal(1, stats.GetProperty("overall").GetProperty("accepted").GetInt32());
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        Assert.Equal([myDocument], lines);
    }
}
