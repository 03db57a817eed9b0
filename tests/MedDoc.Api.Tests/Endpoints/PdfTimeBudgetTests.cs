using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>
/// A PDF within the byte budgets that is slow to read: PDF_TIMEOUT_SECONDS stops it with 422, and a
/// client that leaves stops the server's work too (issue 15, row 2).
/// </summary>
public sealed class PdfTimeBudgetTests(PdfTimeBudgetTests.OneSecondFactory oneSecond, PdfTimeBudgetTests.PatientFactory patient)
    : IClassFixture<PdfTimeBudgetTests.OneSecondFactory>, IClassFixture<PdfTimeBudgetTests.PatientFactory>
{
    public sealed class OneSecondFactory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = RoomyBudgets(timeoutSeconds: 1);
    }

    public sealed class PatientFactory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = RoomyBudgets(timeoutSeconds: 600);
    }

    /// <summary>
    /// Byte, page and total-text budgets out of the way, so only time can stop the PDF; the page budget
    /// stays at its default, which bounds the one step that cannot be interrupted (laying out a page).
    /// </summary>
    private static Dictionary<string, string> RoomyBudgets(int timeoutSeconds) => new()
    {
        [EnvironmentVariables.MaxTextChars] = "50000000",
        [EnvironmentVariables.MaxPdfStreamMb] = "64",
        [EnvironmentVariables.MaxPdfDecodedMb] = "4096",
        [EnvironmentVariables.MaxPdfPages] = "100000",
        [EnvironmentVariables.PdfTimeoutSeconds] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static byte[] SlowPdf => HostilePdf.SharedContentPages(300, 90 * 1024);

    [Fact]
    public async Task PdfSlowerThanItsTimeBudgetIsUnprocessable()
    {
        var problem = await PdfBudgetTests.UploadRefusedAsync(oneSecond, SlowPdf, 422, "pdf_timeout");

        Assert.Contains("PDF_TIMEOUT_SECONDS", problem);
    }

    [Fact]
    public async Task ClientThatLeavesStopsTheExtraction()
    {
        var limiter = patient.Services.GetRequiredService<HeavyWorkLimiter>();
        using var leave = new CancellationTokenSource();
        var upload = patient.CreateClient().PostAsync("/api/documents", HttpTestExtensions.FileForm(SlowPdf, "slow.pdf", "application/pdf"), leave.Token);
        await WaitUntilAsync(() => limiter.Running == 1, TimeSpan.FromSeconds(30));

        await leave.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
        Assert.True(await WaitUntilAsync(() => limiter.Running == 0, TimeSpan.FromSeconds(5)), "the extraction kept running after the client left");
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(20);
        }
        return true;
    }
}
