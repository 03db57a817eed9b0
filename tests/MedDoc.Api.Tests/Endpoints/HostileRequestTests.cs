using System.Net.Http.Headers;
using System.Text;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>
/// Malformed and oversized requests from issue 15 (rows 3, 4, 5, 6, 9) answer a 4xx problem naming what
/// was wrong, store nothing, and the API keeps serving; on SQLite and on PostgreSQL, where paging past any
/// offset and long emoji names used to fail differently.
/// </summary>
public abstract class HostileRequestTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(SqliteApiFactory factory) : HostileRequestTests(factory), IClassFixture<SqliteApiFactory>;

    public sealed class OnPostgres(PostgresApiFactory factory) : HostileRequestTests(factory), IClassFixture<PostgresApiFactory>;

    [SkippableFact]
    public async Task MultipartWithoutItsClosingBoundaryIsInvalid()
    {
        var body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nCardiomegaly.";

        var problem = await SendRefusedAsync(Multipart(body, "b"), 400, "invalid_multipart");

        Assert.Contains("closing boundary", problem);
    }

    [SkippableFact]
    public async Task BoundaryLongerThanTheStandardAllowsIsInvalidNotTooLarge()
    {
        var boundary = new string('b', 200);

        var problem = await SendRefusedAsync(Multipart($"--{boundary}--\r\n", boundary), 400, "invalid_multipart");

        Assert.Contains("70", problem);
    }

    [SkippableFact]
    public async Task ThousandsOfFormFieldsAreAFormTooLarge()
    {
        var body = new StringBuilder();
        for (var field = 0; field < 1100; field++)
        {
            body.Append($"--b\r\nContent-Disposition: form-data; name=\"f{field}\"\r\n\r\nx\r\n");
        }
        body.Append("--b--\r\n");

        await SendRefusedAsync(Multipart(body.ToString(), "b"), 413, "form_too_large");
    }

    [SkippableTheory]
    [InlineData("page=2147483647&page_size=100")]
    [InlineData("page=42949674&page_size=100")]
    [InlineData("page=-5")]
    [InlineData("page=99999999999")]
    public async Task PageBeyondAnyPossibleOffsetIsBadPaging(string query)
    {
        var response = await factory.CreateClientOrSkip().GetAsync($"/api/documents?{query}");

        await response.AssertProblemAsync(400);
    }

    [SkippableFact]
    public async Task JsonUploadOfAnExecutableNameIsRefusedLikeMultipart()
    {
        var request = new StringContent("{\"document_text\":\"Cardiomegaly.\",\"filename\":\"x.exe\"}", Encoding.UTF8, "application/json");

        await SendRefusedAsync(request, 415, "unsupported_file_type");
    }

    [SkippableFact]
    public async Task JsonUploadWithoutExtensionIsStoredAsText()
    {
        var response = await factory.CreateClientOrSkip().PostJsonAsync("/api/documents", new Dictionary<string, string> { ["document_text"] = "Cardiomegaly.", ["filename"] = "\u202ecxr" });

        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal("cxr.txt", (await response.JsonAsync()).GetProperty("filename").GetString());
    }

    [SkippableFact]
    public async Task TwoHundredEmojiNameIsStoredCutBetweenCharacters()
    {
        var name = string.Concat(Enumerable.Repeat("\U0001F600", 200)) + ".txt";

        var response = await factory.CreateClientOrSkip().PostJsonAsync("/api/documents", new Dictionary<string, string> { ["document_text"] = "Cardiomegaly.", ["filename"] = name });

        Assert.Equal(201, (int)response.StatusCode);
        var stored = (await response.JsonAsync()).GetProperty("filename").GetString()!;
        Assert.EndsWith(".txt", stored);
        Assert.DoesNotContain('\uFFFD', stored);
        Assert.True(stored.Length <= 255, $"{stored.Length} characters");
        Assert.False(char.IsHighSurrogate(stored[^5]), "a surrogate pair was split before the extension");
    }

    private async Task<string> SendRefusedAsync(HttpContent content, int status, string kind)
    {
        var client = factory.CreateClientOrSkip();
        var before = await StoredCountAsync(client);

        var response = await client.PostAsync("/api/documents", content);

        var problem = await response.AssertProblemAsync(status, kind);
        Assert.Equal(before, await StoredCountAsync(client));
        Assert.Equal(200, (int)(await client.GetAsync("/health")).StatusCode);
        return problem.GetProperty("detail").GetString()!;
    }

    private static ByteArrayContent Multipart(string body, string boundary)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }

    private static async Task<int> StoredCountAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/documents")).JsonAsync()).GetProperty("total").GetInt32();
}
