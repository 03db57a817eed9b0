using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MedDoc.Testing;

namespace MedDoc.HostileInput;

/// <summary>The rows of issue 15's table, built here (every PDF and text is synthetic).</summary>
public static class HostileCases
{
    private const long MiB = 1024 * 1024;

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        Pdf("1", "20 KB PDF, one stream inflating to ~10 MB of shown text", HostilePdf.TextBomb(10 * MiB)),
        Pdf("1b", "PDF, one stream inflating to ~50 MB of shown text", HostilePdf.TextBomb(50 * MiB)),
        Pdf("1c", "4 KB PDF, stream compressed twice, inflating to 2 GiB of spaces", HostilePdf.DoubleFlateBomb(2048 * MiB)),
        Pdf("2", "2,000 pages sharing one content stream of 20 MiB", HostilePdf.SharedContentPages(2000, 20 * MiB)),
        Single("3", "multipart body without its closing boundary", 400, client => client.PostAsync("/api/documents",
            Multipart("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nCardiomegaly.", "b"))),
        Single("4", "GET /api/documents?page=2147483647&page_size=100", 400, client => client.GetAsync("/api/documents?page=2147483647&page_size=100")),
        Single("4b", "GET /api/documents?page=42949674&page_size=100", 400, client => client.GetAsync("/api/documents?page=42949674&page_size=100")),
        Single("5", "JSON upload with a 200-emoji filename", 201, client => PostJson(client, "/api/documents",
            new { document_text = "Cardiomegaly.", filename = string.Concat(Enumerable.Repeat("\U0001F600", 200)) + ".txt" })),
        Single("6", "multipart with a 200-character boundary", 400, client => client.PostAsync("/api/documents",
            Multipart($"--{new string('b', 200)}--\r\n", new string('b', 200)))),
        Single("6b", "multipart with 1,100 form fields", 413, client => client.PostAsync("/api/documents", Multipart(ManyFields(1100), "b"))),
        Single("7", "12 MiB body to a JSON endpoint", 413, client => ExpectingContinue(client, "/api/analyze", new { document_text = new string('a', (int)(12 * MiB)) })),
        Single("9", "JSON upload named \"\\u202etxt.exe\" (shows as exe.txt; the override is removed, .exe refused)", 415, client => PostJson(client, "/api/documents",
            new { document_text = "Cardiomegaly.", filename = "\u202etxt.exe" })),
        Single("9b", "JSON upload named x.exe", 415, client => PostJson(client, "/api/documents", new { document_text = "Cardiomegaly.", filename = "x.exe" })),
        new("10", "16 concurrent analyses of 1 MB of text", 200, IsPdf: false, ConcurrentAnalysesAsync, MayShedLoad: true),
    ];

    private static HostileCase Pdf(string row, string input, byte[] pdf) =>
        Single(row, $"{input} ({pdf.Length / 1024.0:0.#} KB sent)", 413, client =>
        {
            var file = new ByteArrayContent(pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            return client.PostAsync("/api/documents", new MultipartFormDataContent { { file, "file", "hostile.pdf" } });
        }, isPdf: true);

    private static HostileCase Single(string row, string input, int status, Func<HttpClient, Task<HttpResponseMessage>> send, bool isPdf = false) =>
        new(row, input, status, isPdf, async (client, _) => [await send(client)]);

    private static async Task<IReadOnlyList<HttpResponseMessage>> ConcurrentAnalysesAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var text = SyntheticMegabyteReport();
        return await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => PostJson(client, "/api/analyze", new { document_text = text })));
    }

    /// <summary>About a million characters of synthetic chest X-ray report sentences.</summary>
    public static string SyntheticMegabyteReport()
    {
        const string sentence = "FINDINGS: The heart is enlarged. No pleural effusion or pneumothorax. Mild degenerative changes of the spine. ";
        var text = new StringBuilder();
        while (text.Length + sentence.Length <= 1_000_000)
        {
            text.Append(sentence);
        }
        return text.ToString();
    }

    private static Task<HttpResponseMessage> PostJson(HttpClient client, string path, object body) =>
        client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    /// <summary>
    /// Sends with <c>Expect: 100-continue</c>, as curl does for large bodies: a server that refuses the
    /// body by its Content-Length answers before it is sent, instead of closing a connection mid-upload.
    /// </summary>
    private static Task<HttpResponseMessage> ExpectingContinue(HttpClient client, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        return client.SendAsync(request);
    }

    private static ByteArrayContent Multipart(string body, string boundary)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }

    private static string ManyFields(int count)
    {
        var body = new StringBuilder();
        for (var field = 0; field < count; field++)
        {
            body.Append($"--b\r\nContent-Disposition: form-data; name=\"f{field}\"\r\n\r\nx\r\n");
        }
        return body.Append("--b--\r\n").ToString();
    }
}
