using Microsoft.Playwright;

namespace MedDoc.E2E.Infrastructure;

/// <summary>
/// The real API with identity on (OIDC_AUTHORITY = a real OpenID provider on loopback), serving the built UI,
/// and a headless Chromium to sign in with. Access tokens live 70 s, so the UI renews one within seconds.
/// </summary>
public sealed class OidcAppFixture : IAsyncLifetime
{
    /// <summary>oidc-client-ts renews 60 s before expiry: a 70 s token is renewed about 10 s after sign-in.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(70);

    private OidcProviderProcess? _provider;
    private ApiServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public OidcProviderProcess Provider => _provider ?? throw new InvalidOperationException(NotStarted);

    public ApiServer Server => _server ?? throw new InvalidOperationException(NotStarted);

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(NotStarted);

    private static string NotStarted =>
        (E2EEnvironment.MissingPrerequisite() ?? OidcProviderProcess.MissingPrerequisite()) is { } missing
            ? $"End-to-end prerequisites missing: {missing}."
            : "The sign-in fixture did not start.";

    public async Task InitializeAsync()
    {
        if ((E2EEnvironment.MissingPrerequisite() ?? OidcProviderProcess.MissingPrerequisite()) is not null)
        {
            return;
        }
        var apiPort = ApiServer.FreePort();
        var appOrigin = new Uri($"http://127.0.0.1:{apiPort}");
        _provider = await OidcProviderProcess.StartAsync(appOrigin, AccessTokenLifetime);
        _server = await ApiServer.StartAsync(E2EEnvironment.ApiAssembly, E2EEnvironment.WebDist, new Dictionary<string, string>
        {
            ["OIDC_AUTHORITY"] = _provider.Issuer.ToString().TrimEnd('/'),
            ["OIDC_AUDIENCE"] = OidcProviderProcess.Audience,
            ["OIDC_UI_CLIENT_ID"] = OidcProviderProcess.ClientId,
            ["OIDC_UI_SCOPE"] = "openid profile offline_access meddoc",
        }, apiPort);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = E2EEnvironment.ChromiumPath,
            Headless = true,
            Args = MedDocAppFixture.ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies, no session storage) at the API's origin.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
