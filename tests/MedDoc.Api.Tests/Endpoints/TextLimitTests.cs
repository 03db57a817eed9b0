using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>MAX_TEXT_CHARS and MAX_UPLOAD_MB, set low so the limits are cheap to cross.</summary>
public sealed class TextLimitTests(TextLimitTests.SmallLimitsFactory factory) : IClassFixture<TextLimitTests.SmallLimitsFactory>
{
    public sealed class SmallLimitsFactory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            [EnvironmentVariables.MaxTextChars] = "100",
            [EnvironmentVariables.MaxUploadMb] = "1",
        };
    }

    [Fact]
    public async Task TextOverTheLimitIsContentTooLarge()
    {
        var response = await factory.CreateClient().PostTextAsync("/api/analyze", new string('a', 101));

        var problem = await response.AssertProblemAsync(413, "text_too_long");
        Assert.Contains("MAX_TEXT_CHARS", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TextAtTheLimitIsAnalysed()
    {
        var response = await factory.CreateClient().PostTextAsync("/api/classify", new string('a', 100));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task UploadOverTheLimitIsContentTooLarge()
    {
        var form = HttpTestExtensions.FileForm(new byte[(1024 * 1024) + 1], "big.txt", "text/plain");

        var response = await factory.CreateClient().PostAsync("/api/documents", form);

        var problem = await response.AssertProblemAsync(413, "upload_too_large");
        Assert.Contains("MAX_UPLOAD_MB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TextFileOverTheCharacterLimitIsRejectedAndNotStored()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(new byte[200].Select(_ => (byte)'a').ToArray(), "long.txt"));

        await response.AssertProblemAsync(413, "text_too_long");
        Assert.Equal(0, (await (await client.GetAsync("/api/documents")).JsonAsync()).GetProperty("total").GetInt32());
    }
}
