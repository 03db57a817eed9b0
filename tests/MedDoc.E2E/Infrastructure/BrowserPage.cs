using Microsoft.Playwright;

namespace MedDoc.E2E.Infrastructure;

/// <summary>A browser tab that records uncaught script errors and saves named screenshots.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly MedDocAppFixture _app;
    private readonly List<string> _errors = [];

    public BrowserPage(IPage page, MedDocAppFixture app)
    {
        Page = page;
        _app = app;
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add(error);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Uncaught exceptions thrown by the page's scripts so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Saves the whole page as TestResults/screenshots/<paramref name="name"/>.png.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(_app.ScreenshotDirectory, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
