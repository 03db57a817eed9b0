using MedDoc.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedDoc.E2E;

/// <summary>Every page passes axe-core's WCAG 2.1 A/AA checks with no serious or critical violation.</summary>
[Collection(E2ECollection.Name)]
public sealed class AccessibilityTests(MedDocAppFixture app)
{
    [E2EFact]
    public async Task EveryPageHasLabelledControlsAndReadableContrast()
    {
        using var seeder = new ApiSeeder(app.Server.BaseAddress);
        var id = await seeder.StoreTextAsync("accessibility.txt", await File.ReadAllTextAsync(FixtureFiles.ChestXray));
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;
        var violations = new List<string>();

        foreach (var (path, ready) in new (string, string)[]
        {
            ("/", "Choose a file"),
            ($"/documents/{id}", "Document text"),
            ("/history", "History"),
            ("/batches", "Start a batch"),
            ("/evaluation", "Run quick evaluation"),
        })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByText(ready).First).ToBeVisibleAsync();
            violations.AddRange((await AccessibilityAudit.SeriousViolationsAsync(page)).Select(violation => $"{path}: {violation}"));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Run quick evaluation" }).ClickAsync();
        await Expect(page.GetByTestId("evaluation-result").Or(page.GetByRole(AriaRole.Alert))).ToBeVisibleAsync(new() { Timeout = 180_000 });
        violations.AddRange((await AccessibilityAudit.SeriousViolationsAsync(page)).Select(violation => $"/evaluation (result): {violation}"));

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [E2EFact]
    public async Task ACodeCanBeSelectedWithTheKeyboardAlone()
    {
        using var seeder = new ApiSeeder(app.Server.BaseAddress);
        var id = await seeder.StoreTextAsync("keyboard.txt", await File.ReadAllTextAsync(FixtureFiles.ChestXray));
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync($"/documents/{id}");
        await Expect(page.GetByTestId("document-type")).ToBeVisibleAsync();

        string? focused = null;
        for (var presses = 0; presses < 80 && focused is null; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>(
                "() => document.activeElement?.classList.contains('code-button') ? document.activeElement.textContent : null");
        }
        Assert.NotNull(focused);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"{focused}: show evidence in the text" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByTestId("selected-evidence")).ToContainTextAsync(focused!);
        await Expect(page.Locator($"mark[data-codes~=\"{focused}\"]").First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bevidence--active\b"));
    }
}
