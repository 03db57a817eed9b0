using MedDoc.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedDoc.E2E;

/// <summary>The quick evaluation run from the browser.</summary>
[Collection(E2ECollection.Name)]
public sealed class EvaluationTests(MedDocAppFixture app)
{
    [E2EFact]
    public async Task QuickEvaluationShowsAccuracyAndF1AgainstThresholds()
    {
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/evaluation");

        await page.GetByRole(AriaRole.Button, new() { Name = "Run quick evaluation" }).ClickAsync();

        var result = page.GetByTestId("evaluation-result");
        var failure = page.GetByRole(AriaRole.Alert);
        await Expect(result.Or(failure)).ToBeVisibleAsync(new() { Timeout = 180_000 });
        Assert.False(await failure.IsVisibleAsync(), $"the evaluation failed: {(await failure.IsVisibleAsync() ? await failure.TextContentAsync() : "")}");
        await Expect(result).ToContainTextAsync("quick_v1");
        await Expect(result.GetByText("Classification accuracy")).ToBeVisibleAsync();
        await Expect(result.GetByText("Code F1")).ToBeVisibleAsync();
        await Expect(result.GetByText(new System.Text.RegularExpressions.Regex(@"^(Meets|Below) threshold \d+(\.\d)?%$"))).ToHaveCountAsync(2);
        await Expect(result.GetByRole(AriaRole.Status)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Passed|Failed)"));
        await tab.ScreenshotAsync("evaluation");
        Assert.Empty(tab.Errors);
    }
}
