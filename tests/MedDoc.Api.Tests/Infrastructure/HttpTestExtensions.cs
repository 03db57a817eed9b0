using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MedDoc.Api.Tests.Infrastructure;

/// <summary>Speaks the wire format: snake_case JSON written and read as plain JSON.</summary>
public static class HttpTestExtensions
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostTextAsync(this HttpClient client, string path, string text) =>
        client.PostJsonAsync(path, new Dictionary<string, string> { ["document_text"] = text });

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string body, string contentType) =>
        client.PostAsync(path, new StringContent(body, new MediaTypeHeaderValue(contentType)));

    /// <summary>
    /// Stores <paramref name="text"/> as a document and returns its id; any answer but 201 fails with the
    /// status and the problem body, so a flaky failure says why it happened.
    /// </summary>
    public static async Task<string> UploadTextAsync(this HttpClient client, string text)
    {
        var response = await client.PostTextAsync("/api/documents", text);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"upload answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 answer with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, int status, string? kind = null)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.StartsWith("urn:meddoc:problem:", problem.GetProperty("type").GetString());
        if (kind is not null)
        {
            Assert.Equal("urn:meddoc:problem:" + kind, problem.GetProperty("type").GetString());
        }
        return problem;
    }

    public static MultipartFormDataContent FileForm(byte[] content, string filename, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", filename } };
    }
}
