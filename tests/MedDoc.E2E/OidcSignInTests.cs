using System.Net;
using System.Text.RegularExpressions;
using MedDoc.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedDoc.E2E;

/// <summary>
/// The UI signs in, in real Chromium, against a real OpenID provider on loopback (oidc-provider): Authorization
/// Code + PKCE through the provider's login form, the user and tenant in the header, an upload the API accepts
/// with the bearer token, a silent renewal with the refresh token, sign-out at the end-session endpoint — all
/// under the API's Content-Security-Policy with no violation.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class OidcSignInTests(OidcAppFixture oidc) : IClassFixture<OidcAppFixture>
{
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', event => window.__cspViolations.push(
          `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || '(page)'}:${event.lineNumber}`));
        """;

    [OidcE2EFact]
    public async Task AUserSignsInUploadsAReportRenewsTheTokenAndSignsOut()
    {
        await using var context = await oidc.NewContextAsync();
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        var apiAuthorizations = RecordApiAuthorizations(page);
        var refreshGrants = RecordRefreshGrants(page);
        var violations = new List<string>();

        // Signed out: the UI asks to sign in; the API refuses its data without a token.
        await page.GotoAsync("/history");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to MedDoc AI" })).ToBeVisibleAsync();
        violations.AddRange(await ViolationsAsync(page, "sign-in page"));
        var authorize = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            request => request.Url.StartsWith(oidc.Provider.Issuer + "auth?", StringComparison.Ordinal));
        Assert.Contains("code_challenge_method=S256", authorize.Url, StringComparison.Ordinal);
        Assert.Contains($"client_id={OidcProviderProcess.ClientId}", authorize.Url, StringComparison.Ordinal);

        // The provider's own login form, on its origin.
        await page.WaitForURLAsync(url => url.StartsWith(oidc.Provider.Issuer + "interaction/", StringComparison.Ordinal));
        await page.GetByLabel("Username").FillAsync(OidcProviderProcess.Username);
        await page.GetByLabel("Password").FillAsync(OidcProviderProcess.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Back at the page the sign-in began on, signed in: the user and tenant in the header.
        await page.WaitForURLAsync(url => url.StartsWith(oidc.Server.BaseAddress + "history", StringComparison.Ordinal), new() { Timeout = 60_000 });
        Assert.DoesNotContain("code=", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(OidcProviderProcess.DisplayName);
        await Expect(page.GetByTestId("signed-in-tenant")).ToContainTextAsync(OidcProviderProcess.Tenant);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync();
        violations.AddRange(await ViolationsAsync(page, "history after the callback"));

        // An upload and its analysis: the API took the bearer token (it refuses requests without one).
        await page.GetByRole(AriaRole.Link, new() { Name = "Analyse" }).ClickAsync();
        await page.GetByLabel("Choose a file").SetInputFilesAsync(FixtureFiles.ChestXray);
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse file" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/documents/[0-9a-f-]{36}$"), new() { Timeout = 90_000 });
        await Expect(page.GetByTestId("document-type")).ToHaveTextAsync("X-RAY", new() { Timeout = 30_000 });
        violations.AddRange(await ViolationsAsync(page, "the uploaded document"));
        Assert.NotEmpty(apiAuthorizations);
        Assert.All(apiAuthorizations, authorization => Assert.StartsWith("Bearer ey", authorization, StringComparison.Ordinal));
        using (var anonymous = new HttpClient { BaseAddress = oidc.Server.BaseAddress })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/documents")).StatusCode);
        }

        // Silent renewal: before the 70 s access token expires the UI redeems its refresh token, and keeps working.
        var renewDeadline = DateTime.UtcNow + OidcAppFixture.AccessTokenLifetime;
        while (refreshGrants.Count == 0 && DateTime.UtcNow < renewDeadline)
        {
            await page.WaitForTimeoutAsync(500);
        }
        Assert.True(refreshGrants.Count > 0, "the UI did not renew its access token with the refresh token");
        var tokenBeforeRenewal = apiAuthorizations[^1];
        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Expect(page.Locator("tbody tr").First).ToBeVisibleAsync();
        Assert.NotEqual(tokenBeforeRenewal, apiAuthorizations[^1]);

        // Sign out at the provider's end-session endpoint, then back to the UI, signed out.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(oidc.Provider.Issuer.ToString(), StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await page.WaitForURLAsync(oidc.Server.BaseAddress.ToString());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(key => key.startsWith('oidc.user:')).length"));

        Assert.Empty(violations);
        Assert.Empty(pageErrors);
    }

    /// <summary>The Authorization header of every request the page sends to the API.</summary>
    private List<string> RecordApiAuthorizations(IPage page)
    {
        var authorizations = new List<string>();
        var apiPrefix = oidc.Server.BaseAddress + "api/";
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith(apiPrefix, StringComparison.Ordinal) && !request.Url.EndsWith("/api/auth/config", StringComparison.Ordinal))
            {
                lock (authorizations)
                {
                    authorizations.Add(request.Headers.TryGetValue("authorization", out var value) ? value : "(none)");
                }
            }
        };
        return authorizations;
    }

    /// <summary>Token requests the page sends with grant_type=refresh_token (the silent renewal).</summary>
    private List<string> RecordRefreshGrants(IPage page)
    {
        var grants = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.StartsWith(oidc.Provider.Issuer.ToString(), StringComparison.Ordinal)
                && request.PostData?.Contains("grant_type=refresh_token", StringComparison.Ordinal) == true)
            {
                lock (grants)
                {
                    grants.Add(request.Url);
                }
            }
        };
        return grants;
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        var recorded = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        return recorded.Select(violation => $"{where}: {violation}");
    }
}
