using System.Net.Http.Json;
using System.Text.Json;

namespace MedDoc.E2E.Infrastructure;

/// <summary>Stores synthetic documents straight through the HTTP API, to set up a page under test.</summary>
public sealed class ApiSeeder(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>POST /api/documents with JSON; returns the new document's id.</summary>
    public async Task<string> StoreTextAsync(string filename, string text)
    {
        using var response = await _http.PostAsJsonAsync("/api/documents", new Dictionary<string, string>
        {
            ["document_text"] = text,
            ["filename"] = filename,
        });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public Task<HttpResponseMessage> PostMultipartAsync(string path, string filename, byte[] content, string contentType)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "file", filename);
        return _http.PostAsync(path, form);
    }

    public void Dispose() => _http.Dispose();
}
