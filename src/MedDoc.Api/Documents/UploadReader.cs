using System.Text;
using System.Text.Json;
using MedDoc.Api.Contracts;
using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Documents;

/// <summary>Reads POST /api/documents: a multipart <c>file</c> (.txt or .pdf) or JSON <c>{document_text, filename}</c>.</summary>
public sealed class UploadReader(IOptions<UploadOptions> uploadOptions, IOptions<JsonOptions> jsonOptions)
{
    private const long MultipartOverhead = 64 * 1024;

    public async Task<Outcome<UploadedFile>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            return await ReadFormAsync(request, cancellationToken);
        }
        if (request.HasJsonContentType())
        {
            return await ReadJsonAsync(request, cancellationToken);
        }
        return Outcome<UploadedFile>.Failure(ApiProblems.UnsupportedMediaType(
            "multipart/form-data with one 'file' part (.txt or .pdf), or application/json {\"document_text\": \"...\", \"filename\": \"...\"}"));
    }

    private async Task<Outcome<UploadedFile>> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = uploadOptions.Value.MaxUploadBytes;
        if (request.ContentLength > limit + MultipartOverhead)
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.UploadTooLarge(limit));
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            return Outcome<UploadedFile>.Failure(FormProblem(exception.Message, limit));
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.InvalidMultipart(
                "The multipart/form-data body ended before its closing boundary."));
        }
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.MissingFile());
        }
        if (file.Length > limit)
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.UploadTooLarge(limit));
        }
        var filename = UploadFilename.Clean(file.FileName);
        var extension = Path.GetExtension(filename).ToLowerInvariant();
        if (KindOf(extension) is not { } kind)
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.UnsupportedFileType(extension.Length == 0 ? "(none)" : extension));
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return Outcome<UploadedFile>.Success(new UploadedFile(filename, buffer.ToArray(), kind));
    }

    private async Task<Outcome<UploadedFile>> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        DocumentJsonUpload? body;
        try
        {
            body = await request.ReadFromJsonAsync<DocumentJsonUpload>(jsonOptions.Value.SerializerOptions, cancellationToken);
        }
        catch (JsonException exception)
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.InvalidJson(ApiExceptionHandler.DescribeJson(exception)));
        }
        if (body is null)
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.InvalidJson("The request body is null; send {\"document_text\": \"...\", \"filename\": \"...\"}."));
        }
        var content = Encoding.UTF8.GetBytes(body.DocumentText ?? string.Empty);
        if (content.Length > uploadOptions.Value.MaxUploadBytes)
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.UploadTooLarge(uploadOptions.Value.MaxUploadBytes));
        }
        var filename = UploadFilename.Clean(body.Filename);
        var extension = Path.GetExtension(filename).ToLowerInvariant();
        if (extension.Length == 0)
        {
            filename = UploadFilename.Clean(filename + ".txt");
        }
        else if (extension != ".txt")
        {
            // JSON carries text, so its file is a .txt, as a multipart .txt would be.
            return Outcome<UploadedFile>.Failure(ApiProblems.UnsupportedFileType(extension));
        }
        return Outcome<UploadedFile>.Success(new UploadedFile(filename, content, UploadKind.Text));
    }

    /// <summary>What a file with this lower-case extension is; null when it is neither .txt nor .pdf.</summary>
    public static UploadKind? KindOf(string extension) => extension switch
    {
        ".txt" => UploadKind.Text,
        ".pdf" => UploadKind.Pdf,
        _ => null,
    };

    /// <summary>What the form reader's complaint means: a size limit, a form over its field limits, or a malformed body.</summary>
    private static ProblemHttpResult FormProblem(string message, long limit) => message switch
    {
        _ when message.Contains("body length limit", StringComparison.OrdinalIgnoreCase) => ApiProblems.UploadTooLarge(limit),
        _ when message.Contains("boundary length limit", StringComparison.OrdinalIgnoreCase) =>
            ApiProblems.InvalidMultipart("The multipart boundary is longer than the 70 characters RFC 2046 allows."),
        _ when message.Contains("limit", StringComparison.OrdinalIgnoreCase) => ApiProblems.FormTooLarge(),
        _ => ApiProblems.InvalidMultipart("The multipart/form-data body could not be parsed."),
    };
}
