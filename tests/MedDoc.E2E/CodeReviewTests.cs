using System.Text.Json;
using System.Text.RegularExpressions;
using MedDoc.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedDoc.E2E;

/// <summary>
/// A coder reviews a document with the keyboard alone in the real UI against the real API: moves with j/k,
/// accepts, rejects with a reason, changes a code through the catalog type-ahead, undoes, adds a missed code
/// for selected text and marks the document reviewed; the stored review and the statistics must say exactly that.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class CodeReviewTests(MedDocAppFixture app)
{
    private const string Accepted = "I51.7";
    private const string Rejected = "J90";
    private const string Changed = "J18.9";
    private const string ChangedTo = "J18.1";
    private const string Missed = "E11.9";
    private const string MissedEvidence = "Type 2 diabetes mellitus";

    [E2EFact]
    public async Task ACoderReviewsADocumentWithTheKeyboardAndTheReviewIsStoredExactly()
    {
        using var seeder = new ApiSeeder(app.Server.BaseAddress);
        var text = await File.ReadAllTextAsync(FixtureFiles.ReviewChestXray);
        var id = await seeder.StoreTextAsync("review-chest-xray.txt", text);
        var engineVersion = await EngineVersionAsync(seeder, id);
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync($"/documents/{id}");
        var review = page.GetByRole(AriaRole.Region, new() { Name = "Review" });
        await Expect(review.GetByTestId("review-status")).ToHaveTextAsync("Not reviewed yet");

        var suggested = await review.Locator("li[data-code]").EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.code)");
        foreach (var code in new[] { Accepted, Rejected, Changed })
        {
            Assert.True(suggested.Contains(code), $"the fixture expects the engine to suggest {code}; it suggested {string.Join(", ", suggested)}");
        }
        Assert.False(suggested.Contains(Missed), $"the fixture expects the engine to miss {Missed}");

        await TabUntilAsync(page, "the first suggested code", "() => document.activeElement?.matches('li[data-code]') ?? false");
        Assert.Equal(suggested[0], await FocusedCodeAsync(page));

        // Every suggestion in turn, moving with j only. Codes the fixture does not name are accepted.
        for (var index = 0; index < suggested.Length; index++)
        {
            if (index > 0)
            {
                await page.Keyboard.PressAsync("j");
            }
            var code = suggested[index];
            Assert.Equal(code, await FocusedCodeAsync(page));
            var row = Row(review, code);
            switch (code)
            {
                case Rejected:
                    await page.Keyboard.PressAsync("r");
                    var reason = review.GetByRole(AriaRole.Combobox, new() { Name = $"Reason for rejecting {code}" });
                    await Expect(reason).ToBeFocusedAsync();
                    await page.Keyboard.TypeAsync("Not d");
                    await Expect(reason).ToHaveValueAsync("not_documented");
                    await Expect(row).ToHaveAttributeAsync("aria-label", new Regex("rejected: not documented$"));
                    await page.Keyboard.PressAsync("Escape");
                    Assert.Equal(code, await FocusedCodeAsync(page));
                    break;
                case Changed:
                    // A slip, then undone: the code is undecided again.
                    await page.Keyboard.PressAsync("a");
                    await Expect(row).ToHaveAttributeAsync("aria-label", new Regex(": accepted$"));
                    await page.Keyboard.PressAsync("u");
                    await Expect(row).ToHaveAttributeAsync("aria-label", new Regex(": undecided$"));
                    await page.Keyboard.PressAsync("e");
                    var search = review.GetByRole(AriaRole.Combobox, new() { Name = $"Right code instead of {code}" });
                    await Expect(search).ToBeFocusedAsync();
                    await ChooseFromCatalogAsync(page, search, "lobar pneumonia", ChangedTo);
                    await Expect(row).ToHaveAttributeAsync("aria-label", new Regex($": corrected to {Regex.Escape(ChangedTo)}$"));
                    Assert.Equal(code, await FocusedCodeAsync(page));
                    break;
                default:
                    await page.Keyboard.PressAsync("a");
                    await Expect(row).ToHaveAttributeAsync("aria-label", new Regex(": accepted$"));
                    break;
            }
        }

        // k moves back up; the decisions stay.
        await page.Keyboard.PressAsync("k");
        Assert.Equal(suggested[^2], await FocusedCodeAsync(page));
        await page.Keyboard.PressAsync("j");
        Assert.Equal(suggested[^1], await FocusedCodeAsync(page));

        // A missed code: select its evidence in the text, press n, find it in the catalog.
        await SelectTextAsync(page, MissedEvidence);
        await page.Keyboard.PressAsync("n");
        var addSearch = review.GetByRole(AriaRole.Combobox, new() { Name = "Code for the selected text" });
        await Expect(addSearch).ToBeFocusedAsync();
        await Expect(review.Locator(".review__add q")).ToHaveTextAsync(MissedEvidence);
        await page.Keyboard.TypeAsync("type 2 diabetes without");
        var options = review.GetByRole(AriaRole.Listbox, new() { Name = "Code for the selected text: matches" }).GetByRole(AriaRole.Option);
        await Expect(options.Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(Missed)} ") })).ToHaveCountAsync(1);
        var audit = await AuditAsync(page, review, "adding a code");
        await ChooseActiveOptionAsync(page, addSearch, Missed);
        var added = review.GetByRole(AriaRole.List, new() { Name = "Codes added by the coder" });
        await Expect(added).ToContainTextAsync($"{Missed} Type 2 diabetes mellitus without complications");
        await Expect(added.Locator("q")).ToHaveTextAsync(MissedEvidence);
        Assert.Equal(suggested[^1], await FocusedCodeAsync(page));

        await TabUntilAsync(page, "the Mark reviewed button", "() => document.activeElement?.textContent === 'Mark reviewed'");
        await page.Keyboard.PressAsync("Enter");
        await Expect(review.GetByTestId("review-status")).ToHaveTextAsync(new Regex(@"^Revision 1 · reviewed · local, "));
        await Expect(review.GetByTestId("review-status")).ToBeFocusedAsync();
        audit.AddRange(await AuditAsync(page, review, "reviewed"));
        await tab.ScreenshotAsync("review-1280");
        await page.SetViewportSizeAsync(390, 844);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the document page with its review is {overflow}px wider than a 390px screen");
        await tab.ScreenshotAsync("review-390");
        await page.SetViewportSizeAsync(1280, 900);

        var stored = await GetJsonAsync(seeder, $"/api/documents/{id}/review");
        Assert.Equal(1, stored.GetProperty("revision").GetInt32());
        Assert.Equal("reviewed", stored.GetProperty("status").GetString());
        var current = stored.GetProperty("current");
        Assert.Equal("local", current.GetProperty("reviewer").GetString());
        Assert.Equal(engineVersion, current.GetProperty("engine_version").GetString());
        Assert.Equal("X-RAY", current.GetProperty("document_type").GetString());
        var expectedDecisions = suggested.Select(code => code switch
        {
            Rejected => $"{code} rejected not_documented -",
            Changed => $"{code} corrected - {ChangedTo}",
            _ => $"{code} accepted - -",
        }).Order(StringComparer.Ordinal);
        var storedDecisions = current.GetProperty("decisions").EnumerateArray().Select(decision =>
            $"{decision.GetProperty("code").GetString()} {decision.GetProperty("decision").GetString()} " +
            $"{decision.GetProperty("reason").GetString() ?? "-"} {decision.GetProperty("corrected_code").GetString() ?? "-"}").Order(StringComparer.Ordinal);
        Assert.Equal(expectedDecisions, storedDecisions);
        var addedCode = Assert.Single(current.GetProperty("added_codes").EnumerateArray().ToArray());
        Assert.Equal(Missed, addedCode.GetProperty("code").GetString());
        var evidenceStart = text.IndexOf(MissedEvidence, StringComparison.Ordinal);
        Assert.Equal(evidenceStart, addedCode.GetProperty("evidence").GetProperty("start").GetInt32());
        Assert.Equal(evidenceStart + MissedEvidence.Length, addedCode.GetProperty("evidence").GetProperty("end").GetInt32());
        Assert.Equal(MissedEvidence, addedCode.GetProperty("evidence").GetProperty("text").GetString());
        var finalCodes = current.GetProperty("final_codes").EnumerateArray().Select(code => code.GetString()!).Order(StringComparer.Ordinal);
        var expectedFinal = suggested.Where(code => code is not Rejected and not Changed).Append(ChangedTo).Append(Missed).Order(StringComparer.Ordinal);
        Assert.Equal(expectedFinal, finalCodes);
        Assert.Single(stored.GetProperty("history").EnumerateArray().ToArray());

        // The statistics count it, and the Evaluation page shows them.
        var stats = await GetJsonAsync(seeder, "/api/reviews/stats");
        var missed = stats.GetProperty("missed").EnumerateArray().Select(code => code.GetProperty("code").GetString()).ToArray();
        Assert.Contains(Missed, missed);
        var overall = stats.GetProperty("overall");
        await page.GotoAsync("/evaluation");
        var reviews = page.GetByRole(AriaRole.Region, new() { Name = "Coders' reviews" });
        await Expect(reviews.GetByText("Reviewed documents").Locator("..").Locator(".metric__value"))
            .ToHaveTextAsync(overall.GetProperty("documents").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(reviews.GetByText($"{overall.GetProperty("accepted").GetInt32()} of {overall.GetProperty("suggested").GetInt32()} suggestions accepted")).ToBeVisibleAsync();
        await Expect(reviews.GetByRole(AriaRole.Table, new() { Name = "Codes coders added, by documents" }).GetByRole(AriaRole.Rowheader, new() { Name = Missed })).ToBeVisibleAsync();
        audit.AddRange((await AccessibilityAudit.SeriousViolationsAsync(page)).Select(violation => $"evaluation with reviews: {violation}"));
        await tab.ScreenshotAsync("review-stats-1280");

        Assert.True(audit.Count == 0, string.Join("\n", audit));
        Assert.Empty(tab.Errors);
    }

    private static ILocator Row(ILocator review, string code) => review.Locator($"li[data-code=\"{code}\"]");

    /// <summary>The code of the review row that has the focus itself (not a control inside it), or null.</summary>
    private static async Task<string?> FocusedCodeAsync(IPage page) =>
        await page.EvaluateAsync<string?>("() => document.activeElement?.matches('li[data-code]') ? document.activeElement.dataset.code : null");

    /// <summary>Presses Tab until <paramref name="reached"/> (a script answering true or false) holds.</summary>
    private static async Task TabUntilAsync(IPage page, string what, string reached)
    {
        for (var presses = 0; presses < 120; presses++)
        {
            if (await page.EvaluateAsync<bool>(reached))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{what} was not reached with Tab");
    }

    /// <summary>Types <paramref name="query"/> into the focused catalog search, then moves to <paramref name="code"/> with the arrows and chooses it.</summary>
    private static async Task ChooseFromCatalogAsync(IPage page, ILocator search, string query, string code)
    {
        await page.Keyboard.TypeAsync(query);
        var listbox = page.Locator($"#{await search.GetAttributeAsync("aria-controls")}".Replace(":", "\\:", StringComparison.Ordinal));
        await Expect(listbox.GetByRole(AriaRole.Option).Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(code)} ") })).ToHaveCountAsync(1);
        await ChooseActiveOptionAsync(page, search, code);
    }

    private static async Task ChooseActiveOptionAsync(IPage page, ILocator search, string code)
    {
        for (var presses = 0; presses < 10; presses++)
        {
            var active = await search.GetAttributeAsync("aria-activedescendant");
            var text = active is null ? null : await page.EvaluateAsync<string?>("id => document.getElementById(id)?.textContent ?? null", active);
            if (text?.StartsWith($"{code} ", StringComparison.Ordinal) == true)
            {
                await page.Keyboard.PressAsync("Enter");
                return;
            }
            await page.Keyboard.PressAsync("ArrowDown");
        }
        Assert.Fail($"{code} was not reached with the arrow keys");
    }

    /// <summary>Selects the first occurrence of <paramref name="phrase"/> in the document text, as a mouse drag would.</summary>
    private static Task SelectTextAsync(IPage page, string phrase) => page.EvaluateAsync("""
        phrase => {
          const container = document.querySelector('[data-testid="document-text"]');
          const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
          const nodes = [];
          let text = '';
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push({ node, from: text.length });
            text += node.data;
          }
          const start = text.indexOf(phrase);
          if (start < 0) throw new Error('phrase not in the document text');
          const end = start + phrase.length;
          const at = offset => {
            const hit = nodes.findLast(entry => entry.from <= offset && offset <= entry.from + entry.node.data.length);
            return [hit.node, offset - hit.from];
          };
          const range = document.createRange();
          range.setStart(...at(start));
          range.setEnd(...at(end));
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }
        """, phrase);

    /// <summary>axe-core's serious and critical findings, plus any control in the review panel without an accessible name.</summary>
    private static async Task<List<string>> AuditAsync(IPage page, ILocator review, string state)
    {
        var problems = (await AccessibilityAudit.SeriousViolationsAsync(page)).Select(violation => $"{state}: {violation}").ToList();
        foreach (var role in new[] { AriaRole.Button, AriaRole.Combobox, AriaRole.Listbox, AriaRole.Option })
        {
            var all = await review.GetByRole(role).CountAsync();
            var named = await review.GetByRole(role, new() { NameRegex = NonBlank() }).CountAsync();
            if (named != all)
            {
                problems.Add($"{state}: {all - named} of {all} {role} controls in the review panel have no accessible name");
            }
        }
        var unnamedRows = await review.Locator("li[tabindex]").EvaluateAllAsync<int>(
            "elements => elements.filter(element => !(element.getAttribute('aria-label') ?? '').trim()).length");
        if (unnamedRows > 0)
        {
            problems.Add($"{state}: {unnamedRows} focusable rows in the review panel have no aria-label");
        }
        return problems;
    }

    private static async Task<string> EngineVersionAsync(ApiSeeder seeder, string id) =>
        (await GetJsonAsync(seeder, $"/api/documents/{id}")).GetProperty("analysis").GetProperty("engine_version").GetString()!;

    private static async Task<JsonElement> GetJsonAsync(ApiSeeder seeder, string path)
    {
        using var response = await seeder.GetAsync(path);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.Clone();
    }

    [GeneratedRegex(@"\S")]
    private static partial Regex NonBlank();
}
