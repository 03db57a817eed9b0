using System.Text;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Storage;

/// <summary>The whole API with S3_BUCKET set: originals go to the S3-protocol server and come back from it.</summary>
public sealed class S3ApiTests(S3ApiFactory factory) : IClassFixture<S3ApiFactory>
{
    [SkippableFact]
    public async Task UploadReadAndDeleteGoThroughS3()
    {
        var client = factory.CreateClientOrSkip();
        var content = Encoding.UTF8.GetBytes("FINDINGS: Cardiomegaly.");

        var created = await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(content, "s3.txt"))).JsonAsync();
        var id = created.GetProperty("id").GetString();
        var read = await (await client.GetAsync($"/api/documents/{id}/content")).Content.ReadAsByteArrayAsync();
        var ready = await (await client.GetAsync("/ready")).JsonAsync();
        var deleted = await client.DeleteAsync($"/api/documents/{id}");

        Assert.Equal(content, read);
        Assert.Equal("ok", ready.GetProperty("checks").GetProperty("storage").GetString());
        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Empty(Directory.GetFiles(factory.StorageDirectory));
    }
}
