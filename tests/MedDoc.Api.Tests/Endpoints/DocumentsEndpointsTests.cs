using System.Security.Cryptography;
using System.Text;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>POST/GET/DELETE /api/documents: upload (txt, pdf, JSON), list, get, content, delete.</summary>
public abstract class DocumentsEndpointsTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(SqliteApiFactory factory) : DocumentsEndpointsTests(factory), IClassFixture<SqliteApiFactory>;

    public sealed class OnPostgres(PostgresApiFactory factory) : DocumentsEndpointsTests(factory), IClassFixture<PostgresApiFactory>;

    [SkippableFact]
    public async Task TextFileUploadAnswersCreatedWithLocationMetadataAndAnalysis()
    {
        var content = Encoding.UTF8.GetBytes("FINDINGS: Cardiomegaly. 37.2 °C, ≥ 2 µg.");

        var response = await factory.CreateClientOrSkip().PostAsync("/api/documents", HttpTestExtensions.FileForm(content, "chest.txt", "text/plain"));

        Assert.Equal(201, (int)response.StatusCode);
        var body = await response.JsonAsync();
        var id = body.GetProperty("id").GetString();
        Assert.Equal($"/api/documents/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("chest.txt", body.GetProperty("filename").GetString());
        Assert.Equal("text/plain; charset=utf-8", body.GetProperty("content_type").GetString());
        Assert.Equal(content.Length, body.GetProperty("size_bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), body.GetProperty("sha256").GetString());
        Assert.True(body.GetProperty("created_at").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal("I51.7", body.GetProperty("analysis").GetProperty("codes")[0].GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task PdfUploadIsAnalysedFromItsText()
    {
        var pdf = SyntheticPdf.WithLines("CHEST RADIOGRAPH", "FINDINGS: Cardiomegaly.");
        var client = factory.CreateClientOrSkip();

        var response = await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(pdf, "report.PDF", "application/pdf"));

        Assert.Equal(201, (int)response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("application/pdf", body.GetProperty("content_type").GetString());
        var code = body.GetProperty("analysis").GetProperty("codes")[0];
        Assert.Equal("I51.7", code.GetProperty("code").GetString());
        Assert.Equal("Cardiomegaly", code.GetProperty("evidence")[0].GetString());
        var analysedText = body.GetProperty("analysis").GetProperty("text").GetString()!;
        var span = code.GetProperty("evidence_spans")[0];
        Assert.Equal("Cardiomegaly", analysedText[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        var content = await client.GetAsync($"/api/documents/{body.GetProperty("id").GetString()}/content");
        Assert.Equal(pdf, await content.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", content.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task JsonUploadStoresTheTextAsAUtf8File()
    {
        const string text = "Hemoglobin 9.2 g/dL (13.5-17.5) L — 37 °C";
        var client = factory.CreateClientOrSkip();

        var response = await client.PostJsonAsync("/api/documents", new Dictionary<string, string> { ["document_text"] = text, ["filename"] = "../../etc/cbc.txt" });

        Assert.Equal(201, (int)response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("cbc.txt", body.GetProperty("filename").GetString());
        Assert.Equal("COMPLETE BLOOD COUNT", body.GetProperty("analysis").GetProperty("classification").GetProperty("document_type").GetString());
        var content = await client.GetAsync($"/api/documents/{body.GetProperty("id").GetString()}/content");
        Assert.Equal(text, Encoding.UTF8.GetString(await content.Content.ReadAsByteArrayAsync()));
        Assert.Equal("text/plain", content.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task JsonUploadWithTwoHundredEmojiInItsNameIsStoredWithTheNameCutBetweenCharacters()
    {
        var name = string.Concat(Enumerable.Repeat("\U0001F600", 200)) + ".txt";

        var response = await factory.CreateClientOrSkip().PostJsonAsync("/api/documents", new Dictionary<string, string> { ["document_text"] = "Cardiomegaly.", ["filename"] = name });

        Assert.Equal(201, (int)response.StatusCode);
        var stored = (await response.JsonAsync()).GetProperty("filename").GetString()!;
        Assert.True(stored.Length <= 255, $"{stored.Length}");
        Assert.EndsWith("\U0001F600.txt", stored, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task JsonUploadWithoutFilenameIsNamedDocumentTxt()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/documents", "Cardiomegaly.");

        Assert.Equal("document.txt", (await response.JsonAsync()).GetProperty("filename").GetString());
    }

    [SkippableFact]
    public async Task IdenticalBytesUploadedTwiceAreTwoDocuments()
    {
        var client = factory.CreateClientOrSkip();
        var content = Encoding.UTF8.GetBytes($"Cardiomegaly. {Guid.NewGuid()}");

        var first = await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(content, "a.txt"))).JsonAsync();
        var second = await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(content, "b.txt"))).JsonAsync();
        await client.DeleteAsync($"/api/documents/{first.GetProperty("id").GetString()}");

        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("sha256").GetString(), second.GetProperty("sha256").GetString());
        var stillThere = await client.GetAsync($"/api/documents/{second.GetProperty("id").GetString()}/content");
        Assert.Equal(content, await stillThere.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task GetAnswersTheSameObjectAsTheUpload()
    {
        var client = factory.CreateClientOrSkip();
        var created = await (await client.PostTextAsync("/api/documents", "Cardiomegaly. No pleural effusion.")).JsonAsync();

        var fetched = await (await client.GetAsync($"/api/documents/{created.GetProperty("id").GetString()}")).JsonAsync();

        Assert.Equal(created.GetRawText(), fetched.GetRawText());
    }

    [SkippableFact]
    public async Task ListIsNewestFirstAndPaged()
    {
        var client = factory.CreateClientOrSkip();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await (await client.PostTextAsync("/api/documents", $"Cardiomegaly {i}.")).JsonAsync()).GetProperty("id").GetString()!);
        }

        var firstPage = await (await client.GetAsync("/api/documents?page=1&page_size=2")).JsonAsync();
        var secondPage = await (await client.GetAsync("/api/documents?page=2&page_size=2")).JsonAsync();

        Assert.Equal(1, firstPage.GetProperty("page").GetInt32());
        Assert.Equal(2, firstPage.GetProperty("page_size").GetInt32());
        var total = firstPage.GetProperty("total").GetInt32();
        Assert.True(total >= 3);
        var listed = firstPage.GetProperty("items").EnumerateArray().Concat(secondPage.GetProperty("items").EnumerateArray())
            .Select(item => item.GetProperty("id").GetString()!).ToArray();
        Assert.Equal([ids[2], ids[1], ids[0]], listed[..3]);
        var item = firstPage.GetProperty("items")[0];
        Assert.Equal("X-RAY", item.GetProperty("document_type").GetString());
        Assert.Equal(1, item.GetProperty("code_count").GetInt32());
    }

    [SkippableTheory]
    [InlineData("page_size=101")]
    [InlineData("page_size=0")]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    public async Task BadPagingIsProblem(string query)
    {
        var response = await factory.CreateClientOrSkip().GetAsync($"/api/documents?{query}");

        await response.AssertProblemAsync(400);
    }

    [SkippableFact]
    public async Task DeleteRemovesDocumentAnalysisAndFileThenAnswersNotFound()
    {
        var client = factory.CreateClientOrSkip();
        var created = await (await client.PostTextAsync("/api/documents", "Cardiomegaly.")).JsonAsync();
        var id = created.GetProperty("id").GetString();
        var filesBefore = Directory.GetFiles(factory.StorageDirectory).Length;

        var deleted = await client.DeleteAsync($"/api/documents/{id}");

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(filesBefore - 1, Directory.GetFiles(factory.StorageDirectory).Length);
        await (await client.GetAsync($"/api/documents/{id}")).AssertProblemAsync(404, "not_found");
        await (await client.GetAsync($"/api/documents/{id}/content")).AssertProblemAsync(404, "not_found");
        await (await client.DeleteAsync($"/api/documents/{id}")).AssertProblemAsync(404, "not_found");
        var listed = (await (await client.GetAsync("/api/documents?page_size=100")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(listed, item => item.GetProperty("id").GetString() == id);
    }

    [SkippableTheory]
    [InlineData("/api/documents/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/documents/00000000-0000-0000-0000-000000000001/content")]
    [InlineData("/api/documents/not-a-guid")]
    public async Task UnknownIdIsNotFoundProblem(string path)
    {
        var response = await factory.CreateClientOrSkip().GetAsync(path);

        await response.AssertProblemAsync(404, "not_found");
    }

    [SkippableTheory]
    [InlineData("notes.docx")]
    [InlineData("image.png")]
    [InlineData("README")]
    public async Task UnsupportedFileTypeIsProblem(string filename)
    {
        var response = await factory.CreateClientOrSkip().PostAsync("/api/documents", HttpTestExtensions.FileForm([1, 2, 3], filename));

        await response.AssertProblemAsync(415, "unsupported_file_type");
    }

    [SkippableFact]
    public async Task UnreadablePdfIsUnprocessable()
    {
        var response = await factory.CreateClientOrSkip().PostAsync("/api/documents",
            HttpTestExtensions.FileForm(Encoding.ASCII.GetBytes("%PDF-1.7 this is not really a pdf"), "broken.pdf", "application/pdf"));

        await response.AssertProblemAsync(422, "unreadable_pdf");
    }

    [SkippableFact]
    public async Task PdfWithoutTextIsUnprocessable()
    {
        var response = await factory.CreateClientOrSkip().PostAsync("/api/documents",
            HttpTestExtensions.FileForm(SyntheticPdf.WithLines(), "blank.pdf", "application/pdf"));

        await response.AssertProblemAsync(422, "unreadable_pdf");
    }

    [SkippableFact]
    public async Task TextFileThatIsNotUtf8IsUnprocessable()
    {
        var response = await factory.CreateClientOrSkip().PostAsync("/api/documents",
            HttpTestExtensions.FileForm([0x48, 0xE9, 0xFF, 0xFE, 0x20], "latin1.txt"));

        await response.AssertProblemAsync(422, "unreadable_text");
    }

    [SkippableFact]
    public async Task EmptyFileIsProblem()
    {
        var response = await factory.CreateClientOrSkip().PostAsync("/api/documents", HttpTestExtensions.FileForm([], "empty.txt"));

        await response.AssertProblemAsync(400, "empty_text");
    }

    [SkippableFact]
    public async Task FormWithoutFilePartIsProblem()
    {
        var form = new MultipartFormDataContent { { new StringContent("Cardiomegaly."), "text" } };

        var response = await factory.CreateClientOrSkip().PostAsync("/api/documents", form);

        await response.AssertProblemAsync(400, "missing_file");
    }

    [SkippableFact]
    public async Task WrongContentTypeIsProblem()
    {
        var response = await factory.CreateClientOrSkip().PostRawAsync("/api/documents", "Cardiomegaly.", "text/plain");

        await response.AssertProblemAsync(415, "unsupported_media_type");
    }

    [SkippableFact]
    public async Task InvalidJsonIsProblem()
    {
        var response = await factory.CreateClientOrSkip().PostRawAsync("/api/documents", "{\"document_text\": [", "application/json");

        await response.AssertProblemAsync(400, "invalid_json");
    }

    [SkippableFact]
    public async Task RejectedUploadsStoreNothing()
    {
        var client = factory.CreateClientOrSkip();
        var before = (await (await client.GetAsync("/api/documents")).JsonAsync()).GetProperty("total").GetInt32();
        var filesBefore = Directory.GetFiles(factory.StorageDirectory).Length;

        await client.PostAsync("/api/documents", HttpTestExtensions.FileForm([1, 2], "x.docx"));
        await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(Encoding.ASCII.GetBytes("%PDF-garbage"), "x.pdf"));
        await client.PostTextAsync("/api/documents", "   ");

        Assert.Equal(before, (await (await client.GetAsync("/api/documents")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(filesBefore, Directory.GetFiles(factory.StorageDirectory).Length);
    }
}
