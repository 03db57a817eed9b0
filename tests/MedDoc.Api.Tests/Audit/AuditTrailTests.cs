using MedDoc.Api.Persistence;
using MedDoc.Api.Tests.Identity;
using MedDoc.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Audit;

/// <summary>
/// Every document action leaves an audit row (who, what, which document, outcome), readable by the
/// tenant's admins and written as a log line, never with document text; the rows cannot be
/// changed or deleted, not even with SQL. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class AuditTrailTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(OidcApiFactory factory) : AuditTrailTests(factory), IClassFixture<OidcApiFactory>;

    public sealed class OnPostgres(OidcPostgresApiFactory factory) : AuditTrailTests(factory), IClassFixture<OidcPostgresApiFactory>;

    private const string SecretText = "IMPRESSION: Cardiomegaly. auditsecretword";

    private HttpClient Client(string tenant, string role, string subject = "alice") =>
        factory.CreateClientOrSkip(factory.Issuer!.Mint(subject, tenant, [role]));

    [SkippableFact]
    public async Task EachDocumentActionIsRecordedWithWhoWhatAndWhichDocument()
    {
        var tenant = $"audit-{Guid.NewGuid():N}";
        var admin = Client(tenant, "admin");
        var id = (await (await admin.PostTextAsync("/api/documents", SecretText)).JsonAsync()).GetProperty("id").GetString();
        await admin.GetAsync($"/api/documents/{id}");
        await admin.GetAsync($"/api/documents/{id}/content");
        await admin.GetAsync("/api/documents");
        await admin.PostTextAsync("/api/analyze", SecretText);
        await admin.DeleteAsync($"/api/documents/{id}");
        await admin.GetAsync($"/api/documents/{id}");

        var body = await (await admin.GetAsync("/api/audit?page_size=100")).Content.ReadAsStringAsync();
        var rows = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Reverse().ToList();

        Assert.Equal(["upload", "read", "download", "list", "analyze", "delete", "read"], rows.Select(row => row.GetProperty("action").GetString()));
        Assert.Equal(["success", "success", "success", "success", "success", "success", "not_found"], rows.Select(row => row.GetProperty("outcome").GetString()));
        Assert.All(rows, row => Assert.Equal("alice", row.GetProperty("subject").GetString()));
        Assert.All(rows.Where(row => row.GetProperty("action").GetString() is not ("list" or "analyze")), row => Assert.Equal(id, row.GetProperty("document_id").GetString()));
        Assert.All(rows, row => Assert.False(string.IsNullOrEmpty(row.GetProperty("request_id").GetString())));
        Assert.DoesNotContain("auditsecretword", body);
        Assert.Contains(factory.Logs.Messages, line => line.Contains("audit delete success", StringComparison.Ordinal) && line.Contains(id!, StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Messages, line => line.Contains("auditsecretword", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task RefusedAttemptsAreRecordedToo()
    {
        var tenant = $"audit-{Guid.NewGuid():N}";
        var admin = Client(tenant, "admin");
        var id = (await (await admin.PostTextAsync("/api/documents", SecretText)).JsonAsync()).GetProperty("id").GetString();
        await Client(tenant, "coder", "bob").DeleteAsync($"/api/documents/{id}");

        var rows = (await (await admin.GetAsync("/api/audit?action=delete")).JsonAsync()).GetProperty("items");

        var row = Assert.Single(rows.EnumerateArray());
        Assert.Equal("bob", row.GetProperty("subject").GetString());
        Assert.Equal("denied", row.GetProperty("outcome").GetString());
        Assert.Equal(403, row.GetProperty("status").GetInt32());
    }

    [SkippableFact]
    public async Task KeyManagementAndRefusedKeysAreRecorded()
    {
        var tenant = $"audit-{Guid.NewGuid():N}";
        var admin = Client(tenant, "admin");
        var created = await (await admin.PostJsonAsync("/api/keys", new Dictionary<string, object> { ["name"] = "feed" })).JsonAsync();
        var keyId = created.GetProperty("api_key").GetProperty("id").GetString();
        await admin.DeleteAsync($"/api/keys/{keyId}");
        await factory.CreateClientWithApiKeyOrSkip(created.GetProperty("key").GetString()!).GetAsync("/api/documents");

        var rows = (await (await admin.GetAsync("/api/audit")).JsonAsync()).GetProperty("items").EnumerateArray().Reverse().ToList();

        Assert.Equal(["key_created", "key_revoked", "sign_in_failure"], rows.Select(row => row.GetProperty("action").GetString()));
        Assert.Equal(keyId, rows[0].GetProperty("target_key_id").GetString());
        Assert.Equal(keyId, rows[1].GetProperty("target_key_id").GetString());
        Assert.Equal("unauthenticated", rows[2].GetProperty("outcome").GetString());
    }

    [SkippableFact]
    public async Task RefusedTokensAreRecordedAsSignInFailures()
    {
        var expired = factory.Issuer!.Mint("mallory", "audit-expired", ["admin"], expires: DateTime.UtcNow.AddHours(-1));

        await factory.CreateClientOrSkip(expired).GetAsync("/api/documents");

        await using var scope = factory.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<MedDocDbContext>();
        Assert.Contains(await database.AuditEvents.ToListAsync(), row => row.Action == "sign_in_failure" && row.Status == 401 && row.Subject is null);
    }

    [SkippableFact]
    public async Task OnlyAdminsReadTheAuditTrailAndOnlyTheirTenants()
    {
        var tenant = $"audit-{Guid.NewGuid():N}";
        await Client(tenant, "admin").PostTextAsync("/api/documents", SecretText);

        await (await Client(tenant, "coder").GetAsync("/api/audit")).AssertProblemAsync(403, "forbidden");
        var others = await (await Client($"other-{tenant}", "admin").GetAsync("/api/audit")).JsonAsync();
        Assert.Equal(0, others.GetProperty("total").GetInt32());
        await (await Client(tenant, "admin").GetAsync("/api/audit?action=erase")).AssertProblemAsync(400, "invalid_audit_filter");
    }

    [SkippableFact]
    public async Task AuditRowsCannotBeChangedOrDeleted()
    {
        await Client($"audit-{Guid.NewGuid():N}", "admin").GetAsync("/api/documents");
        await using var scope = factory.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<MedDocDbContext>();
        var row = await database.AuditEvents.FirstAsync();

        row.Outcome = "forged";
        Assert.Throws<InvalidOperationException>(() => database.SaveChanges());
        database.ChangeTracker.Clear();
        database.AuditEvents.Remove(row);
        Assert.Throws<InvalidOperationException>(() => database.SaveChanges());
        database.ChangeTracker.Clear();

        await Assert.ThrowsAnyAsync<Exception>(() => database.Database.ExecuteSqlRawAsync("UPDATE audit_events SET outcome = 'forged'"));
        await Assert.ThrowsAnyAsync<Exception>(() => database.Database.ExecuteSqlRawAsync("DELETE FROM audit_events"));
        Assert.DoesNotContain(await database.AuditEvents.AsNoTracking().ToListAsync(), audit => audit.Outcome == "forged");
        Assert.NotEmpty(await database.AuditEvents.AsNoTracking().ToListAsync());
    }
}
