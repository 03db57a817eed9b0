using System.Text;
using System.Text.Json;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Batches;

/// <summary>POST/GET/DELETE /api/batches: multipart files, zip and JSON batches processed by the in-process workers.</summary>
public abstract class BatchesEndpointsTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(SqliteApiFactory factory) : BatchesEndpointsTests(factory), IClassFixture<SqliteApiFactory>;

    public sealed class OnPostgres(PostgresApiFactory factory) : BatchesEndpointsTests(factory), IClassFixture<PostgresApiFactory>;

    private static readonly byte[] Chest = Encoding.UTF8.GetBytes("FINDINGS: Cardiomegaly. 37.2 °C, ≥ 2 µg.");

    [SkippableFact]
    public async Task FilesBatchIsAcceptedAndEachDocumentIsStoredLikeASingleUpload()
    {
        var client = factory.CreateClientOrSkip();
        var pdf = SyntheticPdf.WithLines("CHEST RADIOGRAPH", "FINDINGS: Cardiomegaly.");

        var response = await client.PostAsync("/api/batches", BatchTestClient.FilesForm(
            ("chest.txt", Chest), ("report.pdf", pdf), ("letter.docx", [1, 2, 3])));

        Assert.Equal(202, (int)response.StatusCode);
        var accepted = await response.JsonAsync();
        var id = accepted.GetProperty("id").GetString()!;
        Assert.EndsWith($"/api/batches/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(3, accepted.GetProperty("total").GetInt32());
        Assert.Contains(accepted.GetProperty("status").GetString(), new[] { "queued", "running", "done" });

        var batch = await client.WaitUntilFinishedAsync(id);
        Assert.Equal("done", batch.GetProperty("status").GetString());
        Assert.Equal(2, batch.GetProperty("done").GetInt32());
        Assert.Equal(1, batch.GetProperty("failed").GetInt32());
        Assert.Equal(0, batch.GetProperty("queued").GetInt32());
        Assert.True(batch.GetProperty("finished_at").GetDateTime() >= batch.GetProperty("started_at").GetDateTime());

        var documents = await client.DocumentsAsync(id);
        Assert.Equal(["chest.txt", "report.pdf", "letter.docx"], documents.Select(item => item.GetProperty("filename").GetString()));
        Assert.Equal(["done", "done", "failed"], documents.Select(item => item.GetProperty("status").GetString()));
        Assert.Contains("'.docx'", documents[2].GetProperty("failure_reason").GetString());
        Assert.Equal(JsonValueKind.Null, documents[2].GetProperty("document_id").ValueKind);

        var documentId = documents[0].GetProperty("document_id").GetString();
        var stored = await (await client.GetAsync($"/api/documents/{documentId}")).JsonAsync();
        Assert.Equal("chest.txt", stored.GetProperty("filename").GetString());
        Assert.Equal("I51.7", stored.GetProperty("analysis").GetProperty("codes")[0].GetProperty("code").GetString());
        Assert.Equal(Chest, await client.GetByteArrayAsync($"/api/documents/{documentId}/content"));
        var pdfId = documents[1].GetProperty("document_id").GetString();
        Assert.Equal(pdf, await client.GetByteArrayAsync($"/api/documents/{pdfId}/content"));
    }

    [SkippableFact]
    public async Task ZipBatchReadsEveryFileEntryAndFailsTheWrongTypeWithItsReason()
    {
        var client = factory.CreateClientOrSkip();
        var zip = BatchTestClient.Zip(
            ("notes/", []),
            ("notes/a.txt", Chest),
            ("notes/b.TXT", Encoding.UTF8.GetBytes("No acute disease.")),
            ("notes/table.csv", Encoding.UTF8.GetBytes("a,b")),
            ("__MACOSX/notes/._a.txt", [0, 1]));

        var response = await client.PostAsync("/api/batches", HttpTestExtensions.FileForm(zip, "night.zip", "application/zip"));

        Assert.Equal(202, (int)response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        var batch = await client.WaitUntilFinishedAsync(id);
        Assert.Equal(3, batch.GetProperty("total").GetInt32());
        Assert.Equal(2, batch.GetProperty("done").GetInt32());
        var documents = await client.DocumentsAsync(id);
        Assert.Equal(["a.txt", "b.TXT", "table.csv"], documents.Select(item => item.GetProperty("filename").GetString()));
        Assert.Contains("'.csv'", documents[2].GetProperty("failure_reason").GetString());
    }

    [SkippableFact]
    public async Task JsonBatchFailsAnEmptyDocumentAndAnalysesTheOthers()
    {
        var client = factory.CreateClientOrSkip();

        var response = await client.PostJsonAsync("/api/batches", new
        {
            documents = new object[]
            {
                new { document_text = "FINDINGS: Cardiomegaly.", filename = "one.txt" },
                new { document_text = "   " },
                new { document_text = "Hemoglobin 9.2 g/dL (13.5-17.5) L", filename = "cbc.txt" },
            },
        });

        Assert.Equal(202, (int)response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        await client.WaitUntilFinishedAsync(id);
        var documents = await client.DocumentsAsync(id);
        Assert.Equal(["done", "failed", "done"], documents.Select(item => item.GetProperty("status").GetString()));
        Assert.Equal("document.txt", documents[1].GetProperty("filename").GetString());
        Assert.Contains("empty", documents[1].GetProperty("failure_reason").GetString());
        var failed = await (await client.GetAsync($"/api/batches/{id}/documents?status=failed")).JsonAsync();
        Assert.Equal(1, failed.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task ResultsStreamAsJsonLinesInRequestOrderAndAsCsvWithOneRowPerCode()
    {
        var client = factory.CreateClientOrSkip();
        var response = await client.PostAsync("/api/batches", BatchTestClient.FilesForm(
            ("a.txt", Chest), ("b.txt", Encoding.UTF8.GetBytes("=Cardiomegaly, stable")), ("c.bin", [0])));
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        await client.WaitUntilFinishedAsync(id);

        var jsonl = await client.GetAsync($"/api/batches/{id}/results");
        Assert.Equal("application/x-ndjson", jsonl.Content.Headers.ContentType?.MediaType);
        var lines = (await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal([0, 1, 2], lines.Select(line => line.GetProperty("index").GetInt32()));
        Assert.Equal("I51.7", lines[0].GetProperty("analysis").GetProperty("codes")[0].GetProperty("code").GetString());
        Assert.Equal("failed", lines[2].GetProperty("status").GetString());
        Assert.False(lines[2].TryGetProperty("analysis", out _));

        var csv = await client.GetAsync($"/api/batches/{id}/results?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("document,document_id,code,title,basis,evidence", rows[0]);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith($"a.txt,{lines[0].GetProperty("document_id").GetString()},I51.7,Cardiomegaly,documented,Cardiomegaly", rows[1]);

        var byAccept = new HttpRequestMessage(HttpMethod.Get, $"/api/batches/{id}/results");
        byAccept.Headers.Accept.ParseAdd("text/csv");
        Assert.Equal("text/csv", (await client.SendAsync(byAccept)).Content.Headers.ContentType?.MediaType);
        await (await client.GetAsync($"/api/batches/{id}/results?format=xml")).AssertProblemAsync(400, "invalid_format");
    }

    [SkippableFact]
    public async Task ResultsDownloadAsFhirNdjsonWithEachAnalysedDocumentsResourcesOneALine()
    {
        var client = factory.CreateClientOrSkip();
        var response = await client.PostAsync("/api/batches", BatchTestClient.FilesForm(
            ("a.txt", Chest), ("b.bin", [0]), ("c.txt", Encoding.UTF8.GetBytes("CBC: Hemoglobin 9.2 g/dL (13.5-17.5) L"))));
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        await client.WaitUntilFinishedAsync(id);
        var documents = await client.DocumentsAsync(id);

        var ndjson = await client.GetAsync($"/api/batches/{id}/results?format=fhir");

        Assert.Equal(200, (int)ndjson.StatusCode);
        Assert.Equal("application/fhir+ndjson", ndjson.Content.Headers.ContentType?.MediaType);
        var resources = (await ndjson.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var references = resources.Where(resource => resource.GetProperty("resourceType").GetString() == "DocumentReference").ToList();
        Assert.Equal(2, references.Count);
        Assert.Equal(
            [documents[0].GetProperty("document_id").GetString(), documents[2].GetProperty("document_id").GetString()],
            references.Select(reference => reference.GetProperty("content")[0].GetProperty("attachment").GetProperty("url").GetString()!.Split('/')[^2]));
        Assert.Contains(resources, resource => resource.GetProperty("resourceType").GetString() == "Condition"
            && resource.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString() == "I51.7");
        Assert.Contains(resources, resource => resource.GetProperty("resourceType").GetString() == "Observation");
        Assert.DoesNotContain(resources, resource => resource.GetProperty("resourceType").GetString() == "Bundle");

        var byAccept = new HttpRequestMessage(HttpMethod.Get, $"/api/batches/{id}/results");
        byAccept.Headers.Accept.ParseAdd("application/fhir+ndjson");
        Assert.Equal("application/fhir+ndjson", (await client.SendAsync(byAccept)).Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task CancellingAFinishedBatchIsAConflict()
    {
        var client = factory.CreateClientOrSkip();
        var id = (await (await client.PostAsync("/api/batches", BatchTestClient.FilesForm(("a.txt", Chest)))).JsonAsync()).GetProperty("id").GetString()!;
        await client.WaitUntilFinishedAsync(id);

        await (await client.DeleteAsync($"/api/batches/{id}")).AssertProblemAsync(409, "batch_finished");
        Assert.Equal("done", (await (await client.GetAsync($"/api/batches/{id}")).JsonAsync()).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task BatchesAreListedNewestFirst()
    {
        var client = factory.CreateClientOrSkip();
        var first = (await (await client.PostAsync("/api/batches", BatchTestClient.FilesForm(("a.txt", Chest)))).JsonAsync()).GetProperty("id").GetString();
        var second = (await (await client.PostAsync("/api/batches", BatchTestClient.FilesForm(("b.txt", Chest)))).JsonAsync()).GetProperty("id").GetString();

        var page = await (await client.GetAsync("/api/batches?page_size=2")).JsonAsync();

        Assert.Equal([second, first], page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()));
        await (await client.GetAsync("/api/batches?page_size=101")).AssertProblemAsync(400, "invalid_paging");
    }

    [SkippableTheory]
    [InlineData("GET", "")]
    [InlineData("GET", "/documents")]
    [InlineData("GET", "/results")]
    [InlineData("DELETE", "")]
    public async Task UnknownBatchIsNotFound(string method, string suffix)
    {
        var client = factory.CreateClientOrSkip();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/batches/{Guid.NewGuid()}{suffix}"));

        await response.AssertProblemAsync(404, "not_found");
    }

    [SkippableFact]
    public async Task BadRequestsAreRefusedWithProblemsAndCreateNoBatch()
    {
        var client = factory.CreateClientOrSkip();
        var before = (await (await client.GetAsync("/api/batches")).JsonAsync()).GetProperty("total").GetInt32();

        await (await client.PostAsync("/api/batches", HttpTestExtensions.FileForm(
            BatchTestClient.Zip(("a.txt", Chest), ("inner/more.zip", [1, 2])), "outer.zip"))).AssertProblemAsync(400, "nested_archive");
        await (await client.PostAsync("/api/batches", HttpTestExtensions.FileForm([1, 2, 3, 4], "broken.zip"))).AssertProblemAsync(400, "invalid_zip");
        await (await client.PostAsync("/api/batches", HttpTestExtensions.FileForm(Chest, "a.txt"))).AssertProblemAsync(415, "unsupported_file_type");
        await (await client.PostJsonAsync("/api/batches", new { documents = Array.Empty<object>() })).AssertProblemAsync(400, "empty_batch");
        await (await client.PostJsonAsync("/api/batches", new { texts = new[] { "x" } })).AssertProblemAsync(400, "invalid_json");
        await (await client.PostRawAsync("/api/batches", "{\"documents\": [", "application/json")).AssertProblemAsync(400, "invalid_json");
        await (await client.PostRawAsync("/api/batches", "hello", "text/plain")).AssertProblemAsync(415, "unsupported_media_type");
        await (await client.PostAsync("/api/batches", new MultipartFormDataContent { { new StringContent("x"), "note" } })).AssertProblemAsync(400, "empty_batch");
        await (await client.PostJsonAsync("/api/batches", new { s3_prefix = "night/" })).AssertProblemAsync(400, "s3_import_unavailable");

        Assert.Equal(before, (await (await client.GetAsync("/api/batches")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(200, (int)(await client.GetAsync("/health")).StatusCode);
    }
}
