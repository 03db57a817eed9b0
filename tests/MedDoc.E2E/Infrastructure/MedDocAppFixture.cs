using Microsoft.Playwright;

namespace MedDoc.E2E.Infrastructure;

/// <summary>
/// One real API process and one headless Debian Chromium (fresh profile) shared by the browser tests.
/// </summary>
public sealed class MedDocAppFixture : IAsyncLifetime
{
    /// <summary>Headless Debian Chromium with nothing that phones home.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private ApiServer? _server;
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private string? _profileDirectory;

    public ApiServer Server => _server ?? throw new InvalidOperationException(NotStarted);

    public IBrowserContext Browser => _browser ?? throw new InvalidOperationException(NotStarted);

    /// <summary>Where screenshots go: tests/MedDoc.E2E/TestResults/screenshots.</summary>
    public string ScreenshotDirectory { get; } =
        Path.Combine(E2EEnvironment.RepositoryRoot, "tests", "MedDoc.E2E", "TestResults", "screenshots");

    private string? NotStarted => E2EEnvironment.MissingPrerequisite() is { } missing
        ? $"End-to-end prerequisites missing: {missing}."
        : "The end-to-end fixture did not start.";

    public async Task InitializeAsync()
    {
        if (E2EEnvironment.MissingPrerequisite() is not null)
        {
            // Locally every test is skipped; in CI each test fails with the reason (see E2EFactAttribute).
            return;
        }
        Directory.CreateDirectory(ScreenshotDirectory);
        _server = await ApiServer.StartAsync(E2EEnvironment.ApiAssembly, E2EEnvironment.WebDist);
        _playwright = await Playwright.CreateAsync();
        _profileDirectory = Directory.CreateTempSubdirectory("meddoc-e2e-chromium-").FullName;
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profileDirectory, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = E2EEnvironment.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            BaseURL = _server.BaseAddress.ToString(),
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        _browser.SetDefaultTimeout(30_000);
        // CI runs the other test projects alongside on two cores: give each expectation room.
        Assertions.SetDefaultExpectTimeout(15_000);
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
        if (_profileDirectory is not null)
        {
            try
            {
                Directory.Delete(_profileDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; a temp folder left behind is harmless.
            }
        }
    }

    /// <summary>A new tab at the given width, failing the test on any uncaught page error.</summary>
    public async Task<BrowserPage> OpenPageAsync(int width = 1280, int height = 900)
    {
        var page = await Browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        return new BrowserPage(page, this);
    }
}
