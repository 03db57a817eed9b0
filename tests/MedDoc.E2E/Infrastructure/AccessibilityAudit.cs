using System.Text.Json;
using Microsoft.Playwright;

namespace MedDoc.E2E.Infrastructure;

/// <summary>
/// Runs axe-core (the web project's dev dependency, web/node_modules/axe-core) in the page and returns
/// the serious and critical WCAG A/AA violations: unlabelled controls, low contrast, broken ARIA.
/// </summary>
public static class AccessibilityAudit
{
    public static string AxeScript => Path.Combine(E2EEnvironment.RepositoryRoot, "web", "node_modules", "axe-core", "axe.min.js");

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!File.Exists(AxeScript))
        {
            throw new InvalidOperationException($"axe-core is missing at {AxeScript}; run npm ci in web/.");
        }
        // Evaluated through the DevTools protocol rather than added as a <script> tag: the app's
        // Content-Security-Policy (script-src 'self') rightly refuses an inline script in the page.
        await page.EvaluateAsync("() => {\n" + await File.ReadAllTextAsync(AxeScript) + "\n}");
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }
}
