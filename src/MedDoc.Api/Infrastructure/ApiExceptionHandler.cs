using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Turns every exception into an RFC 9457 problem: the framework's bad-request errors (invalid JSON,
/// wrong content type, body too large) into 4xx with a useful detail, anything else into a 500 that
/// is logged without its message (which could quote document text).
/// </summary>
public sealed class ApiExceptionHandler(
    IProblemDetailsService problemDetails,
    IOptions<UploadOptions> uploadOptions,
    IOptions<WorkLimitOptions> workLimits,
    ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("Client closed the request to {Path}", httpContext.Request.Path.Value);
            return true;
        }
        var (status, kind, title, detail) = Describe(exception);
        if (status >= 500 && exception is not (ServiceOverloadedException or WorkTimeoutException))
        {
            logger.LogError("Unhandled {ExceptionType} on {Path}: {StackTrace}", exception.GetType().FullName, httpContext.Request.Path.Value, exception.StackTrace);
        }
        else
        {
            logger.LogInformation("Rejected request to {Path}: {ProblemKind}", httpContext.Request.Path.Value, kind);
        }
        ApiMetrics.CountError(kind);
        httpContext.Response.StatusCode = status;
        if (exception is ServiceOverloadedException overloaded)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(overloaded.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Type = ApiProblems.TypePrefix + kind, Title = title, Detail = detail },
        });
    }

    private (int Status, string Kind, string Title, string Detail) Describe(Exception exception) => exception switch
    {
        ServiceOverloadedException =>
            (503, "overloaded", "Service overloaded",
                $"Every analysis slot is busy and {workLimits.Value.QueueLimit} requests are already waiting (ANALYSIS_CONCURRENCY, ANALYSIS_QUEUE_LIMIT); retry after the Retry-After seconds."),
        WorkTimeoutException timeout =>
            (503, "analysis_timeout", "Analysis took too long",
                string.Create(CultureInfo.InvariantCulture, $"The analysis did not finish within {timeout.Timeout.TotalSeconds:0} s (ANALYSIS_TIMEOUT_SECONDS).")),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } =>
            (415, "unsupported_media_type", "Unsupported content type", "Send the request body as application/json."),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (413, "request_too_large", "Request too large",
                string.Create(CultureInfo.InvariantCulture, $"The request body is larger than the server reads ({HttpServiceCollectionExtensions.RequestBodyLimit(uploadOptions.Value) / (1024 * 1024)} MB, from MAX_UPLOAD_MB and MAX_TEXT_CHARS).")),
        BadHttpRequestException { InnerException: JsonException json } =>
            (400, "invalid_json", "Invalid JSON", DescribeJson(json)),
        BadHttpRequestException bad when bad.Message.Contains("was not provided", StringComparison.Ordinal) || bad.Message.Contains("no body was provided", StringComparison.Ordinal) =>
            (400, "invalid_json", "Missing body", "The request body is missing; send JSON such as {\"document_text\": \"...\"}."),
        BadHttpRequestException bad =>
            (bad.StatusCode, "bad_request", "Bad request", bad.Message),
        _ => (500, "internal", "Internal error", "An unexpected error occurred; it has been logged."),
    };

    /// <summary>Where the JSON broke, without quoting the body.</summary>
    public static string DescribeJson(JsonException json) =>
        json.LineNumber is { } line
            ? $"The request body is not valid JSON for this endpoint (line {line + 1}, byte {json.BytePositionInLine + 1}, path {json.Path ?? "$"})."
            : $"The request body is not valid JSON for this endpoint (path {json.Path ?? "$"}).";
}
