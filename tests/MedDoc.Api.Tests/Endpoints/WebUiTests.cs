using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>The built UI at "/", client routes fall back to index.html, API routes and probes win.</summary>
public sealed class WebUiTests(WebUiTests.WebUiFactory factory) : IClassFixture<WebUiTests.WebUiFactory>
{
    public sealed class WebUiFactory : SqliteApiFactory
    {
        public WebUiFactory()
        {
            Directory.CreateDirectory(Path.Combine(Dist, "assets"));
            File.WriteAllText(Path.Combine(Dist, "index.html"), "<!doctype html><title>MedDoc UI</title>");
            File.WriteAllText(Path.Combine(Dist, "assets", "app.js"), "console.log('ui');");
        }

        public string Dist => Path.Combine(StorageDirectory, "..", Path.GetFileName(StorageDirectory) + "-dist");

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            [EnvironmentVariables.WebDistDir] = Dist,
        };
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/documents/123")]
    [InlineData("/evaluation")]
    public async Task ClientRoutesServeTheIndexPage(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("MedDoc UI", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AssetsAreServedAsFiles()
    {
        var response = await factory.CreateClient().GetAsync("/assets/app.js");

        Assert.Equal("console.log('ui');", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ApiRoutesAndProbesWinOverTheUi()
    {
        var client = factory.CreateClient();

        Assert.Equal("healthy", (await (await client.GetAsync("/health")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(0, (await (await client.GetAsync("/api/documents")).JsonAsync()).GetProperty("total").GetInt32());
        await (await client.GetAsync("/api/not-a-route")).AssertProblemAsync(404, "not_found");
        await (await client.PostRawAsync("/api/classify", "x", "text/plain")).AssertProblemAsync(415);
        Assert.Contains("openapi", await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
    }
}
