using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MedDoc.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedDoc.E2E;

/// <summary>A batch submitted through the Batches page, followed to the end and opened, against the real API and its workers.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class BatchesTests(MedDocAppFixture app)
{
    private static readonly (string Name, string Text)[] SyntheticReports =
    [
        ("chest.txt", "CHEST X-RAY, TWO VIEWS\nFINDINGS: Mild cardiomegaly. Small left pleural effusion. No pneumothorax.\nIMPRESSION: Cardiomegaly with a small effusion.\n"),
        ("cbc.txt", "COMPLETE BLOOD COUNT\nWBC 6.1 K/uL (4.0-11.0)\nHemoglobin 9.1 g/dL (12.0-16.0) L\nPlatelets 250 K/uL (150-400)\n"),
        ("head-ct.txt", "CT HEAD WITHOUT CONTRAST\nFINDINGS: No acute intracranial hemorrhage. No mass effect.\nIMPRESSION: No acute intracranial abnormality.\n"),
    ];

    [E2EFact]
    public async Task ABatchOfThreeReportsRunsToDoneAndEachDocumentOpensItsAnalysis()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var files = SyntheticReports
            .Select(report => new FilePayload { Name = $"{run}-{report.Name}", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(report.Text) })
            .ToArray();
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Batches" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Batches", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Choose files").SetInputFilesAsync(files);
        await Expect(page.GetByText("3 files to analyse")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start batch" }).ClickAsync();
        await page.WaitForURLAsync(BatchUrl(), new() { Timeout = 60_000 });
        var batchId = BatchUrl().Match(page.Url).Groups["id"].Value;

        var progress = page.GetByTestId("batch-progress-text");
        await Expect(progress).ToHaveTextAsync("Done: 3 of 3 documents processed.", new() { Timeout = 120_000 });
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Batch progress" })).ToHaveAttributeAsync("value", "3");
        await Expect(page.GetByTestId("batch-failed")).ToHaveTextAsync("0");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel batch" })).ToHaveCountAsync(0);
        var rows = page.Locator(".batch-documents-table tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        foreach (var file in files)
        {
            var row = rows.Filter(new() { HasText = file.Name });
            await Expect(row).ToHaveAttributeAsync("data-status", "done");
            await Expect(row.GetByRole(AriaRole.Link, new() { Name = file.Name })).ToHaveAttributeAsync("href", DocumentHref());
        }
        Assert.Empty(await AccessibilityAudit.SeriousViolationsAsync(page));
        await tab.ScreenshotAsync("batch-done");

        var csvHref = await page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).GetAttributeAsync("href");
        Assert.Equal($"/api/batches/{batchId}/results?format=csv", csvHref);
        using (var seeder = new ApiSeeder(app.Server.BaseAddress))
        using (var csv = await seeder.GetAsync(csvHref!))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var body = await csv.Content.ReadAsStringAsync();
            Assert.Contains($"{run}-chest.txt", body, StringComparison.Ordinal);
        }

        var cbc = files[1].Name;
        await rows.Filter(new() { HasText = cbc }).GetByRole(AriaRole.Link, new() { Name = cbc }).ClickAsync();
        await page.WaitForURLAsync(DocumentUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = cbc, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("document-type")).ToHaveTextAsync("COMPLETE BLOOD COUNT");
        await Expect(page.Locator(".lab-table tbody tr").Filter(new() { HasText = "Hemoglobin" })).ToContainTextAsync("9.1");

        await page.GotoAsync("/batches");
        var listed = page.Locator($"tbody tr[data-batch-id='{batchId}']");
        await Expect(listed.Locator(".chip")).ToHaveTextAsync("Done");
        Assert.Empty(await AccessibilityAudit.SeriousViolationsAsync(page));
        await tab.ScreenshotAsync("batches");
        Assert.Empty(tab.Errors);
    }

    [GeneratedRegex(@"/batches/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex BatchUrl();

    [GeneratedRegex(@"^/documents/[0-9a-f-]{36}$")]
    private static partial Regex DocumentHref();

    [GeneratedRegex(@"/documents/[0-9a-f-]{36}$")]
    private static partial Regex DocumentUrl();
}
