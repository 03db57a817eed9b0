using System.Text.RegularExpressions;
using MedDoc.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedDoc.E2E;

/// <summary>Submitting a report and reading its analysis in the browser, against the real API.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class DocumentWorkbenchTests(MedDocAppFixture app)
{
    [E2EFact]
    public async Task HomePageNamesMedDocAndOffersAFileUpload()
    {
        await using var tab = await app.OpenPageAsync();

        var response = await tab.Page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Expect(tab.Page).ToHaveTitleAsync(new Regex("MedDoc"));
        await Expect(tab.Page.GetByRole(AriaRole.Link, new() { Name = "MedDoc AI home" })).ToBeVisibleAsync();
        var upload = tab.Page.GetByLabel("Choose a file");
        await Expect(upload).ToHaveAttributeAsync("type", "file");
        await Expect(upload).ToBeEnabledAsync();
        await tab.ScreenshotAsync("home-1280");
        Assert.Empty(tab.Errors);
    }

    [E2EFact]
    public async Task HomePageFitsAPhoneScreen()
    {
        await using var tab = await app.OpenPageAsync(width: 390, height: 844);

        await tab.Page.GotoAsync("/");

        await Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Analyse text" })).ToBeVisibleAsync();
        var overflow = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 390px screen");
        await tab.ScreenshotAsync("home-390");
    }

    [E2EFact]
    public async Task UploadedReportShowsItsTypeEvidenceAndNegatedFinding()
    {
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.GetByLabel("Choose a file").SetInputFilesAsync(FixtureFiles.ChestXray);
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse file" }).ClickAsync();
        await page.WaitForURLAsync(DocumentUrl(), new() { Timeout = 60_000 });

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "chest-xray.txt", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("document-type")).ToHaveTextAsync("X-RAY");
        await Expect(page.GetByTestId("document-text")).ToContainTextAsync("No pneumothorax.");

        var codeButtons = page.GetByRole(AriaRole.Button, new() { NameRegex = CodeButtonName() });
        Assert.True(await codeButtons.CountAsync() > 0, "the report states cardiomegaly and an effusion, yet no code was suggested");
        var firstCode = codeButtons.First;
        var code = (await firstCode.TextContentAsync())!.Trim();
        await firstCode.ClickAsync();

        await Expect(firstCode).ToHaveAttributeAsync("aria-pressed", "true");
        var evidence = page.Locator($"mark[data-codes~=\"{code}\"]");
        Assert.True(await evidence.CountAsync() > 0, $"{code} has no highlighted evidence in the text");
        await Expect(evidence.First).ToHaveClassAsync(new Regex(@"\bevidence--active\b"));
        await Expect(evidence.First).ToBeInViewportAsync();
        await Expect(page.GetByTestId("selected-evidence")).ToContainTextAsync(code);

        var negated = page.Locator("li[data-assertion='negated']").Filter(new() { HasTextRegex = new Regex("pneumothorax", RegexOptions.IgnoreCase) }).First;
        await Expect(negated).ToBeVisibleAsync();
        await Expect(negated.Locator(".chip--negated")).ToHaveTextAsync(new Regex("Negated"));
        await Expect(page.GetByTestId("document-text").Locator(".finding--negated").First).ToHaveTextAsync(new Regex("pneumothorax", RegexOptions.IgnoreCase));
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Findings stated as present" })).Not.ToContainTextAsync("Pneumothorax");
        await tab.ScreenshotAsync("document-1280");

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear" }).ClickAsync();
        await evidence.First.ClickAsync();
        await Expect(page.GetByTestId("selected-evidence")).ToContainTextAsync(code);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"{code}: show evidence in the text" })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.SetViewportSizeAsync(390, 844);
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"{code}: show evidence in the text" }).ClickAsync();
        await Expect(page.GetByTestId("selected-evidence")).ToContainTextAsync(code);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the document page is {overflow}px wider than a 390px screen");
        await tab.ScreenshotAsync("document-390");
        Assert.Empty(tab.Errors);
    }

    [E2EFact]
    public async Task RefusedUploadShowsTheApisProblemDetail()
    {
        var content = "PK\u0003\u0004 not really a word file"u8.ToArray();
        using var seeder = new ApiSeeder(app.Server.BaseAddress);
        using var direct = await seeder.PostMultipartAsync("/api/documents", "notes.docx", content, "application/octet-stream");
        Assert.Equal(415, (int)direct.StatusCode);
        var detail = System.Text.Json.JsonDocument.Parse(await direct.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        await using var tab = await app.OpenPageAsync();
        await tab.Page.GotoAsync("/");

        await tab.Page.GetByLabel("Choose a file").SetInputFilesAsync(new FilePayload
        {
            Name = "notes.docx",
            MimeType = "application/octet-stream",
            Buffer = content,
        });
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Analyse file" }).ClickAsync();

        var alert = tab.Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("The document was not accepted");
        await Expect(alert).ToContainTextAsync(detail);
        Assert.Matches(new Regex("^/$"), new Uri(tab.Page.Url).AbsolutePath);
        await tab.ScreenshotAsync("upload-refused");
    }

    [GeneratedRegex(@"/documents/[0-9a-fA-F-]{36}$")]
    private static partial Regex DocumentUrl();

    [GeneratedRegex(@": show evidence in the text$")]
    private static partial Regex CodeButtonName();
}
