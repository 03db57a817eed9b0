using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>Every response carries the security headers; originals download as attachments.</summary>
public sealed class SecurityHeadersTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/api/documents")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/openapi/v1.json")]
    public async Task EveryResponseForbidsFramingSniffingAndReferrers(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task ApiAnswersAreNeverCached()
    {
        var response = await factory.CreateClient().GetAsync("/api/documents");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task OriginalsDownloadAsAttachmentsNamedAfterTheUpload()
    {
        var client = factory.CreateClient();
        var created = await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm("IMPRESSION: Cardiomegaly."u8.ToArray(), "chest x-ray.txt", "text/plain"))).JsonAsync();

        var response = await client.GetAsync($"/api/documents/{created.GetProperty("id").GetString()}/content");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("chest x-ray.txt", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }
}
