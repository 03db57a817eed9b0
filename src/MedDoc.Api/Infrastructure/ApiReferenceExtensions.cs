using Scalar.AspNetCore;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// The interactive API reference at /docs/ (Scalar, reading /openapi/v1.json). Its page loads its
/// scripts by relative paths, so /docs itself redirects to /docs/ — with a body that says where to
/// go, because `curl $API/docs` showed nothing but an empty 302.
/// </summary>
public static class ApiReferenceExtensions
{
    public const string DocsPath = "/docs/";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference("/docs", options => options.WithTitle("MedDoc AI API"));
        app.MapGet("/docs", RedirectToApiReference).ExcludeFromDescription();
        return app;
    }

    public static Task RedirectToApiReference(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = DocsPath;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(
            $"The API reference is at {DocsPath} (curl -L follows this redirect); the OpenAPI document is at /openapi/v1.json.\n");
    }
}
