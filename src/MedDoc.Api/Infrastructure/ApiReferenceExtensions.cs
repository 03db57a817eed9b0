using Scalar.AspNetCore;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// The interactive API reference at /docs/ (Scalar, reading /openapi/v1.json). Its page loads its
/// scripts by relative paths, so /docs itself redirects to /docs/ — with a body that says where to
/// go, because `curl $API/docs` showed nothing but an empty 302. (A middleware, not an endpoint:
/// routing ignores the trailing slash, so an endpoint for /docs would also catch /docs/.)
/// </summary>
public static class ApiReferenceExtensions
{
    public const string DocsPath = "/docs/";

    public static WebApplication UseApiReference(this WebApplication app)
    {
        app.Use((context, next) => context.Request.Path.Value == "/docs" && HttpMethods.IsGet(context.Request.Method)
            ? RedirectToApiReferenceAsync(context)
            : next(context));
        app.MapScalarApiReference("/docs", options => options.WithTitle("MedDoc AI API"));
        return app;
    }

    private static Task RedirectToApiReferenceAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = DocsPath;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(
            $"The API reference is at {DocsPath} (curl -L follows this redirect); the OpenAPI document is at /openapi/v1.json.\n");
    }
}
