using Microsoft.AspNetCore.Http.Features;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Gives the problems the framework writes by itself (unknown route, wrong method, wrong content
/// type) the same stable type and a useful detail as the API's own, and counts them.
/// </summary>
public static class FrameworkProblems
{
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type?.StartsWith(ApiProblems.TypePrefix, StringComparison.Ordinal) == true)
        {
            return;
        }
        var (kind, detail) = problem.Status switch
        {
            StatusCodes.Status404NotFound => ("not_found", "No endpoint answers at this path."),
            StatusCodes.Status405MethodNotAllowed => ("method_not_allowed", "This path does not accept the request's HTTP method."),
            StatusCodes.Status415UnsupportedMediaType => ("unsupported_media_type", "Send the request body as application/json."),
            _ => ("http_" + problem.Status, problem.Detail ?? problem.Title ?? "The request failed."),
        };
        problem.Type = ApiProblems.TypePrefix + kind;
        problem.Detail ??= detail;
        ApiMetrics.CountError(kind);
        if (context.HttpContext.Features.Get<IHttpResponseFeature>() is { HasStarted: false })
        {
            context.HttpContext.Response.ContentType = "application/problem+json";
        }
    }
}
