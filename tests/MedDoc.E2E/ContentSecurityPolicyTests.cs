using System.Text.RegularExpressions;
using MedDoc.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedDoc.E2E;

/// <summary>
/// The served UI under the API's Content-Security-Policy in real Chromium: every page runs with no violation (no
/// securitypolicyviolation event, no CSP console error), and script injected into the page is refused.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ContentSecurityPolicyTests(MedDocAppFixture app)
{
    private const string SyntheticReport = "CHEST X-RAY, TWO VIEWS\nFINDINGS: Mild cardiomegaly. Small right pleural effusion. No pneumothorax.\nIMPRESSION: Cardiomegaly with a small effusion.\n";

    // Runs before any page script, outside the page's CSP (Playwright adds it through the DevTools protocol).
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', event => window.__cspViolations.push(
          { directive: event.violatedDirective, blocked: event.blockedURI, source: event.sourceFile, line: event.lineNumber, sample: event.sample }));
        """;

    [E2EFact]
    public async Task EveryPageOfTheUiRunsWithNoPolicyViolation()
    {
        using var seeder = new ApiSeeder(app.Server.BaseAddress);
        var id = await seeder.StoreTextAsync($"csp-{Guid.NewGuid():N}.txt", SyntheticReport);
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;
        var consoleErrors = RecordConsoleErrors(page);
        await page.AddInitScriptAsync(RecordViolations);
        var violations = new List<string>();

        var home = await page.GotoAsync("/");
        Assert.Contains("script-src 'self';", home!.Headers["content-security-policy"], StringComparison.Ordinal);
        await page.GetByLabel("Choose a file").SetInputFilesAsync(FixtureFiles.ChestXray);
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse file" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/documents/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("document-type")).ToHaveTextAsync("X-RAY");
        violations.AddRange(await ViolationsAsync(page, "upload and its document page"));

        await page.GotoAsync($"/documents/{id}");
        await Expect(page.GetByTestId("document-text")).ToContainTextAsync("No pneumothorax.");
        violations.AddRange(await ViolationsAsync(page, "a stored document"));

        await page.GotoAsync("/history");
        await Expect(page.Locator("tbody tr").First).ToBeVisibleAsync();
        violations.AddRange(await ViolationsAsync(page, "history"));

        await page.GotoAsync("/batches");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Start a batch" })).ToBeVisibleAsync();
        violations.AddRange(await ViolationsAsync(page, "batches"));

        await page.GotoAsync("/evaluation");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Run quick evaluation" })).ToBeVisibleAsync();
        violations.AddRange(await ViolationsAsync(page, "evaluation"));

        Assert.Empty(violations);
        Assert.Empty(consoleErrors);
        Assert.Empty(tab.Errors);
    }

    [E2EFact]
    public async Task ScriptInjectedIntoThePageIsBlocked()
    {
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;
        var consoleErrors = RecordConsoleErrors(page);
        await page.AddInitScriptAsync(RecordViolations);
        await page.GotoAsync("/");
        await Expect(page.GetByLabel("Choose a file")).ToBeVisibleAsync();

        // What a stored-XSS payload would try: an inline <script>, an inline event handler, and script from another origin.
        await page.EvaluateAsync("""
            () => {
              const inline = document.createElement('script');
              inline.textContent = 'window.__inlineRan = true;';
              document.body.appendChild(inline);
              const handler = document.createElement('img');
              handler.setAttribute('onerror', 'window.__handlerRan = true;');
              handler.src = 'data:image/png;base64,not-an-image';
              document.body.appendChild(handler);
              const foreign = document.createElement('script');
              foreign.src = 'http://127.0.0.2:9/evil.js';
              document.body.appendChild(foreign);
            }
            """);

        string[] directives = [];
        for (var attempt = 0; attempt < 50 && directives.Length < 3; attempt++)
        {
            await page.WaitForTimeoutAsync(100);
            directives = await page.EvaluateAsync<string[]>("() => window.__cspViolations.map(v => v.directive + ' ' + v.blocked)");
        }
        Assert.False(await page.EvaluateAsync<bool>("() => window.__inlineRan === true"), "the injected inline script ran");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__handlerRan === true"), "the injected inline event handler ran");
        Assert.Contains(directives, directive => directive.StartsWith("script-src-elem inline", StringComparison.Ordinal));
        Assert.Contains(directives, directive => directive.StartsWith("script-src-attr inline", StringComparison.Ordinal));
        Assert.Contains(directives, directive => directive.Contains("127.0.0.2:9/evil.js", StringComparison.Ordinal));
        Assert.Contains(consoleErrors, message => message.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        var recorded = await page.EvaluateAsync<string[]>(
            "() => window.__cspViolations.map(v => `${v.directive} blocked ${v.blocked || '(none)'} in ${v.source || '(page)'}:${v.line} ${v.sample}`)");
        return recorded.Select(violation => $"{where}: {violation}");
    }

    /// <summary>Console errors and warnings that mention the policy: Chromium reports every refusal there too.</summary>
    private static List<string> RecordConsoleErrors(IPage page)
    {
        var messages = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (messages)
                {
                    messages.Add(message.Text);
                }
            }
        };
        return messages;
    }
}
