using Microsoft.Extensions.FileProviders;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Serves the built web UI (web/dist, or <c>WEB_DIST_DIR</c>) at "/" with an SPA fallback for client
/// routes (GET only). API routes, probes, /docs, /openapi and /metrics are real endpoints and always
/// win; an unknown /api path answers a 404 problem, never the UI.
/// </summary>
public static class WebUiExtensions
{
    public static WebApplication UseWebUi(this WebApplication app)
    {
        var dist = FindDist(app.Configuration[EnvironmentVariables.WebDistDir]);
        if (dist is null)
        {
            return app;
        }
        var files = new PhysicalFileProvider(dist);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        var index = Path.Combine(dist, "index.html");
        app.MapFallback("{**path:nonfile}", (HttpContext context) => context.Request.Path.StartsWithSegments("/api")
                ? ApiProblems.RouteNotFound()
                : Results.File(index, "text/html; charset=utf-8"))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary><paramref name="configured"/> if set, else the nearest web/dist above the working or app directory.</summary>
    private static string? FindDist(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "index.html")) ? Path.GetFullPath(configured) : null;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "web", "dist");
                if (File.Exists(Path.Combine(candidate, "index.html")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
