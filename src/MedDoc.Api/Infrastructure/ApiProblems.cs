using System.Globalization;
using MedDoc.Api.Documents.Pdf;
using MedDoc.Api.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Every RFC 9457 problem the API answers, with a stable <c>type</c> (urn:meddoc:problem:KIND) and a
/// <c>detail</c> that says what was wrong. Details name fields and limits, never document text.
/// </summary>
public static class ApiProblems
{
    public const string TypePrefix = "urn:meddoc:problem:";

    public static ProblemHttpResult Create(int status, string kind, string title, string detail)
    {
        ApiMetrics.CountError(kind);
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypePrefix + kind);
    }

    public static ProblemHttpResult EmptyText() =>
        Create(StatusCodes.Status400BadRequest, "empty_text", "Empty document text",
            "document_text is missing, empty or only white space; send the document's text.");

    public static ProblemHttpResult TextTooLong(int length, int limit) =>
        Create(StatusCodes.Status413PayloadTooLarge, "text_too_long", "Document text too long",
            string.Create(CultureInfo.InvariantCulture, $"document_text has {length} characters; the limit is {limit} (MAX_TEXT_CHARS)."));

    public static ProblemHttpResult UploadTooLarge(long limitBytes) =>
        Create(StatusCodes.Status413PayloadTooLarge, "upload_too_large", "Upload too large",
            string.Create(CultureInfo.InvariantCulture, $"The upload is larger than the limit of {limitBytes / (1024 * 1024)} MB (MAX_UPLOAD_MB)."));

    public static ProblemHttpResult UnsupportedFileType(string extension) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "unsupported_file_type", "Unsupported file type",
            $"Only .txt and .pdf files are accepted; the file's extension is '{extension}'.");

    public static ProblemHttpResult UnsupportedMediaType(string expected) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type", "Unsupported content type",
            $"Send the request body as {expected}.");

    public static ProblemHttpResult UnreadablePdf(string reason) =>
        Create(StatusCodes.Status422UnprocessableEntity, "unreadable_pdf", "Unreadable PDF", reason);

    /// <summary>A PDF refused for running over one of its reading budgets (docs/decisions/007-pdf-budgets.md).</summary>
    public static ProblemHttpResult PdfOverBudget(PdfLimit limit, PdfBudgetOptions limits, int maxTextChars) => limit switch
    {
        PdfLimit.Pages => Create(StatusCodes.Status413PayloadTooLarge, "pdf_too_many_pages", "PDF has too many pages",
            Invariant($"The PDF has more than {limits.MaxPages} pages (MAX_PDF_PAGES).")),
        PdfLimit.StreamBytes => Create(StatusCodes.Status413PayloadTooLarge, "pdf_stream_too_large", "PDF stream expands too far",
            Invariant($"A compressed stream in the PDF expands to more than {limits.MaxStreamMb} MB (MAX_PDF_STREAM_MB); it was refused before expanding.")),
        PdfLimit.DecodedBytes => Create(StatusCodes.Status413PayloadTooLarge, "pdf_decoded_too_large", "PDF expands too far",
            Invariant($"The PDF's compressed streams expand to more than {limits.MaxDecodedMb} MB in total (MAX_PDF_DECODED_MB).")),
        PdfLimit.PageChars => Create(StatusCodes.Status413PayloadTooLarge, "pdf_page_too_dense", "PDF page shows too much text",
            Invariant($"A page of the PDF could show more than {limits.MaxPageChars} characters (MAX_PDF_PAGE_CHARS); it was refused before its text was laid out.")),
        PdfLimit.TextChars => Create(StatusCodes.Status413PayloadTooLarge, "text_too_long", "Document text too long",
            Invariant($"The PDF's text is longer than the limit of {maxTextChars} characters (MAX_TEXT_CHARS).")),
        _ => Create(StatusCodes.Status422UnprocessableEntity, "pdf_timeout", "PDF took too long to read",
            Invariant($"Reading the PDF's text took longer than {limits.TimeoutSeconds} s (PDF_TIMEOUT_SECONDS); upload the text itself."))
    };

    public static ProblemHttpResult UnreadableText() =>
        Create(StatusCodes.Status422UnprocessableEntity, "unreadable_text", "Unreadable text file",
            "The .txt file is not valid UTF-8 text.");

    public static ProblemHttpResult InvalidJson(string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid_json", "Invalid JSON", detail);

    public static ProblemHttpResult InvalidMultipart(string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid_multipart", "Invalid multipart body", detail);

    public static ProblemHttpResult FormTooLarge() =>
        Create(StatusCodes.Status413PayloadTooLarge, "form_too_large", "Form too large",
            "The form has more fields, or longer field names, values or part headers, than the server reads; send one 'file' part.");

    public static ProblemHttpResult MissingFile() =>
        Create(StatusCodes.Status400BadRequest, "missing_file", "No file",
            "The multipart form has no part named 'file'; send one .txt or .pdf file as 'file'.");

    public static ProblemHttpResult InvalidDocumentType(string given) =>
        Create(StatusCodes.Status400BadRequest, "invalid_document_type", "Unknown document type",
            $"document_type '{Truncate(given)}' is not one of: {string.Join(", ", MedDoc.Engine.DocumentTypes.All)}.");

    public static ProblemHttpResult InvalidFormat(string given) =>
        Create(StatusCodes.Status400BadRequest, "invalid_format", "Unknown format",
            $"format '{Truncate(given)}' is not one of: json, fhir.");

    public static ProblemHttpResult InvalidPaging(string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid_paging", "Invalid paging", detail);

    public static ProblemHttpResult DocumentNotFound(Guid id) =>
        Create(StatusCodes.Status404NotFound, "not_found", "Document not found", $"No document has the id {id}.");

    public static ProblemHttpResult RouteNotFound() =>
        Create(StatusCodes.Status404NotFound, "not_found", "Not found", "No API endpoint or document answers at this path.");

    public static ProblemHttpResult InvalidQuery(string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid_query", "Invalid query", detail);

    public static ProblemHttpResult InvalidReview(string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid_review", "Invalid review", detail);

    public static ProblemHttpResult ReviewConflict(int baseRevision, int currentRevision) =>
        Create(StatusCodes.Status409Conflict, "review_conflict", "Review changed meanwhile",
            string.Create(CultureInfo.InvariantCulture,
                $"The review was edited from revision {baseRevision}, but it is now at revision {currentRevision}; read it again (GET) and reapply your decisions."));

    public static ProblemHttpResult ReviewPreconditionFailed(string ifMatch, int currentRevision) =>
        Create(StatusCodes.Status412PreconditionFailed, "precondition_failed", "Review changed meanwhile",
            string.Create(CultureInfo.InvariantCulture,
                $"If-Match {Truncate(ifMatch)} does not match the current review (ETag \"{currentRevision}\"); read it again (GET) and reapply your decisions."));

    public static ProblemHttpResult ReviewPreconditionRequired() =>
        Create(StatusCodes.Status428PreconditionRequired, "precondition_required", "Review version required",
            "Say which revision you edited: base_revision in the body (0 for a first review) or the ETag of GET in If-Match.");

    public static ProblemHttpResult Unauthorized(string detail) =>
        Create(StatusCodes.Status401Unauthorized, "unauthorized", "Not authenticated", detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        Create(StatusCodes.Status403Forbidden, "forbidden", "Not allowed", detail);

    public static ProblemHttpResult InvalidApiKey(string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid_api_key_request", "Invalid API key request", detail);

    public static ProblemHttpResult ApiKeyNotFound(Guid id) =>
        Create(StatusCodes.Status404NotFound, "not_found", "API key not found", $"No API key has the id {id:N}.");

    /// <summary>A request over one of the token buckets (docs/decisions/013-identity-and-tenancy.md).</summary>
    public static ProblemHttpResult RateLimited(RateLimitScope scope, TokenBucket bucket, int retryAfterSeconds) =>
        Create(StatusCodes.Status429TooManyRequests, "rate_limited", "Too many requests", Invariant(scope switch
        {
            RateLimitScope.Caller => $"This caller sent more than its {bucket.Burst} requests at once or {bucket.PerMinute} a minute (RATE_LIMIT_BURST, RATE_LIMIT_PER_MINUTE); retry after {retryAfterSeconds} s.",
            RateLimitScope.Tenant => $"This tenant's callers together sent more than {bucket.Burst} requests at once or {bucket.PerMinute} a minute (TENANT_RATE_LIMIT_BURST, TENANT_RATE_LIMIT_PER_MINUTE); retry after {retryAfterSeconds} s.",
            _ => $"This caller asked for more than {bucket.Burst} analyses at once or {bucket.PerMinute} a minute (ANALYSIS_RATE_LIMIT_BURST, ANALYSIS_RATE_LIMIT_PER_MINUTE); retry after {retryAfterSeconds} s.",
        }));

    public static ProblemHttpResult InvalidAuditFilter(string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid_audit_filter", "Invalid audit filter", detail);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
