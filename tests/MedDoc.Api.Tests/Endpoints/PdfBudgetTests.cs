using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>
/// PDF bombs and runaway PDFs (issue 15, rows 1, 1c and 2) are refused under the PDF budgets with a
/// problem naming the limit, nothing is stored, and the API keeps serving. The PDFs are made here.
/// </summary>
public sealed class PdfBudgetTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task ContentStreamInflatingToTenMegabytesIsRefusedByTheStreamLimit()
    {
        var problem = await UploadRefusedAsync(factory, HostilePdf.TextBomb(10L * 1024 * 1024), 413, "pdf_stream_too_large");

        Assert.Contains("MAX_PDF_STREAM_MB", problem);
    }

    [Fact]
    public async Task PageShowingAMillionCharactersIsRefusedBeforeItIsLaidOut()
    {
        var problem = await UploadRefusedAsync(factory, HostilePdf.TextBomb(1024 * 1024), 413, "pdf_page_too_dense");

        Assert.Contains("MAX_PDF_PAGE_CHARS", problem);
    }

    [Fact]
    public async Task UncompressedPageShowingAMillionCharactersIsRefusedToo()
    {
        await UploadRefusedAsync(factory, HostilePdf.UncompressedTextPage(1024 * 1024), 413, "pdf_page_too_dense");
    }

    [Fact]
    public async Task StreamCompressedTwiceIsMeasuredLayerByLayerAndRefused()
    {
        var bomb = HostilePdf.DoubleFlateBomb(1L << 30);

        Assert.True(bomb.Length < 64 * 1024, $"the bomb is {bomb.Length} bytes");
        await UploadRefusedAsync(factory, bomb, 413, "pdf_stream_too_large");
    }

    [Fact]
    public async Task TwoThousandPagesSharingOneStreamAreRefusedByThePageLimit()
    {
        var problem = await UploadRefusedAsync(factory, HostilePdf.SharedContentPages(2000, 20L * 1024 * 1024), 413, "pdf_too_many_pages");

        Assert.Contains("MAX_PDF_PAGES", problem);
    }

    [Fact]
    public async Task EveryPageDecodingTheSharedStreamCountsTowardsTheTotal()
    {
        var problem = await UploadRefusedAsync(factory, HostilePdf.PaddedPages(100, 1024 * 1024), 413, "pdf_decoded_too_large");

        Assert.Contains("MAX_PDF_DECODED_MB", problem);
    }

    [Fact]
    public async Task PdfWithinTheBudgetsIsStoredWithTheTextOfEveryPage()
    {
        var response = await factory.CreateClient().PostAsync("/api/documents",
            HttpTestExtensions.FileForm(HostilePdf.Pages(3, "FINDINGS: Cardiomegaly."), "three-pages.pdf", "application/pdf"));

        Assert.Equal(201, (int)response.StatusCode);
        var text = (await response.JsonAsync()).GetProperty("analysis").GetProperty("text").GetString()!;
        Assert.Equal(3, text.Split("Cardiomegaly.").Length - 1);
    }

    internal static async Task<string> UploadRefusedAsync(MedDocApiFactory api, byte[] pdf, int status, string kind)
    {
        var client = api.CreateClient();
        var before = await StoredCountAsync(client);

        var response = await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(pdf, "bomb.pdf", "application/pdf"));

        var problem = await response.AssertProblemAsync(status, kind);
        Assert.Equal(before, await StoredCountAsync(client));
        Assert.Equal(200, (int)(await client.GetAsync("/health")).StatusCode);
        Assert.Equal(0, api.Services.GetRequiredService<HeavyWorkLimiter>().Running);
        return problem.GetProperty("detail").GetString()!;
    }

    private static async Task<int> StoredCountAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/documents")).JsonAsync()).GetProperty("total").GetInt32();
}
