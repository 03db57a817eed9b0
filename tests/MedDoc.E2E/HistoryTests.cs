using System.Net;
using System.Text.RegularExpressions;
using MedDoc.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedDoc.E2E;

/// <summary>The stored documents: newest first, paginated, opened and deleted from the browser.</summary>
[Collection(E2ECollection.Name)]
public sealed class HistoryTests(MedDocAppFixture app)
{
    private const string SyntheticCbc = "COMPLETE BLOOD COUNT\nWBC 6.1 K/uL (4.0-11.0)\nHemoglobin 9.1 g/dL (12.0-16.0) L\nPlatelets 250 K/uL (150-400)\n";

    [E2EFact]
    public async Task HistoryOpensAndDeletesADocumentAfterConfirmation()
    {
        using var seeder = new ApiSeeder(app.Server.BaseAddress);
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 1; i <= 10; i++)
        {
            await seeder.StoreTextAsync($"older-{run}-{i:00}.txt", SyntheticCbc);
        }
        var filename = $"cbc-{run}.txt";
        var id = await seeder.StoreTextAsync(filename, SyntheticCbc);
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;

        await page.GotoAsync("/history");

        var rows = page.Locator("tbody tr");
        await Expect(rows.First).ToContainTextAsync(filename);
        await Expect(page.GetByText(new Regex(@"^Page 1 of \d+ · \d+ documents$"))).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next" })).ToBeEnabledAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/history\?page=2$"));
        await Expect(page.GetByText(new Regex(@"^Page 2 of \d+"))).ToBeVisibleAsync();
        await Expect(page.Locator("tbody tr").Filter(new() { HasText = filename })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Previous" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = filename }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/documents/{id}$"));
        await Expect(page.GetByTestId("document-type")).ToHaveTextAsync("COMPLETE BLOOD COUNT");
        await page.GoBackAsync();

        var row = page.Locator("tbody tr").Filter(new() { HasText = filename });
        await row.GetByRole(AriaRole.Button, new() { Name = $"Delete {filename}" }).ClickAsync();
        await Expect(row.GetByText($"Delete “{filename}” permanently?")).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await tab.ScreenshotAsync("history-confirm-delete");
        await row.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();

        await Expect(page.Locator("tbody tr").Filter(new() { HasText = filename })).ToHaveCountAsync(0);
        using var gone = await seeder.GetAsync($"/api/documents/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        await tab.ScreenshotAsync("history");
        Assert.Empty(tab.Errors);
    }

    [E2EFact]
    public async Task DocumentLinkOpensDirectlyThroughTheServersFallback()
    {
        using var seeder = new ApiSeeder(app.Server.BaseAddress);
        var id = await seeder.StoreTextAsync("direct-link.txt", SyntheticCbc);
        await using var tab = await app.OpenPageAsync();

        var response = await tab.Page.GotoAsync($"/documents/{id}");

        Assert.Equal(200, response!.Status);
        await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "direct-link.txt", Level = 1 })).ToBeVisibleAsync();
        var hemoglobin = tab.Page.Locator(".lab-table tbody tr").Filter(new() { HasText = "Hemoglobin" });
        await Expect(hemoglobin).ToContainTextAsync("9.1");
        await Expect(hemoglobin.Locator("[data-flag='low']")).ToHaveTextAsync(new Regex("^L"));
        await tab.ScreenshotAsync("document-cbc");
    }
}
