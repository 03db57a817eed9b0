using MedDoc.Api.Tests.Identity;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Batches;

/// <summary>
/// A batch, its documents and the documents its jobs store belong to the submitter's tenant: another
/// tenant's batch id answers 404 on every batch route and its cancel changes nothing; every batch
/// action leaves an audit row naming the batch. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class BatchTenancyTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(OidcApiFactory factory) : BatchTenancyTests(factory), IClassFixture<OidcApiFactory>;

    public sealed class OnPostgres(OidcPostgresApiFactory factory) : BatchTenancyTests(factory), IClassFixture<OidcPostgresApiFactory>;

    private const string SecretText = "IMPRESSION: Cardiomegaly. batchsecretword";

    private HttpClient AdminOf(string tenant) => factory.CreateClientOrSkip(factory.Issuer!.Mint($"admin-of-{tenant}", tenant, ["admin"]));

    private static object JsonBatch(int count) => new Dictionary<string, object>
    {
        ["documents"] = Enumerable.Range(0, count)
            .Select(index => new Dictionary<string, string> { ["document_text"] = SecretText, ["filename"] = $"note-{index}.txt" })
            .ToList(),
    };

    [SkippableFact]
    public async Task AnotherTenantsBatchIsNotFoundOnEveryRouteAndItsDocumentsStayTheOwners()
    {
        var owner = AdminOf($"batch-a-{Guid.NewGuid():N}");
        var stranger = AdminOf($"batch-b-{Guid.NewGuid():N}");
        var id = (await (await owner.PostJsonAsync("/api/batches", JsonBatch(3))).JsonAsync()).GetProperty("id").GetString()!;
        var finished = await owner.WaitUntilFinishedAsync(id);
        Assert.Equal(3, finished.GetProperty("done").GetInt32());

        await (await stranger.GetAsync($"/api/batches/{id}")).AssertProblemAsync(404, "not_found");
        await (await stranger.GetAsync($"/api/batches/{id}/documents")).AssertProblemAsync(404, "not_found");
        await (await stranger.GetAsync($"/api/batches/{id}/results")).AssertProblemAsync(404, "not_found");
        await (await stranger.GetAsync($"/api/batches/{id}/results?format=csv")).AssertProblemAsync(404, "not_found");
        await (await stranger.DeleteAsync($"/api/batches/{id}")).AssertProblemAsync(404, "not_found");
        var strangersBatches = await (await stranger.GetAsync("/api/batches?page_size=100")).JsonAsync();
        Assert.Equal(0, strangersBatches.GetProperty("total").GetInt32());

        var documentId = (await owner.DocumentsAsync(id))[0].GetProperty("document_id").GetString();
        Assert.Equal(200, (int)(await owner.GetAsync($"/api/documents/{documentId}")).StatusCode);
        await (await stranger.GetAsync($"/api/documents/{documentId}")).AssertProblemAsync(404, "not_found");
        var ownersBatch = await (await owner.GetAsync($"/api/batches/{id}")).JsonAsync();
        Assert.Equal("done", ownersBatch.GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task EachBatchActionIsAuditedWithTheBatchIdAndNoText()
    {
        var admin = AdminOf($"batch-audit-{Guid.NewGuid():N}");
        var id = (await (await admin.PostJsonAsync("/api/batches", JsonBatch(2))).JsonAsync()).GetProperty("id").GetString()!;
        await admin.WaitUntilFinishedAsync(id);
        await admin.GetAsync("/api/batches");
        await admin.GetAsync($"/api/batches/{id}/documents");
        await (await admin.GetAsync($"/api/batches/{id}/results")).Content.ReadAsStringAsync();
        await admin.DeleteAsync($"/api/batches/{id}");

        var body = await (await admin.GetAsync($"/api/audit?batch_id={id}&page_size=100")).Content.ReadAsStringAsync();
        var rows = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Reverse().ToList();

        Assert.Equal("upload", rows[0].GetProperty("action").GetString());
        Assert.Equal(["list", "download", "cancel"], rows.Skip(1).Select(row => row.GetProperty("action").GetString()).Where(action => action != "read"));
        Assert.Equal(["success", "success", "success", "rejected"], rows.Where(row => row.GetProperty("action").GetString() != "read").Select(row => row.GetProperty("outcome").GetString()));
        Assert.All(rows, row => Assert.Equal(id, row.GetProperty("batch_id").GetString()));
        Assert.DoesNotContain("batchsecretword", body);
        Assert.DoesNotContain(factory.Logs.Messages, line => line.Contains("batchsecretword", StringComparison.Ordinal));
    }
}
