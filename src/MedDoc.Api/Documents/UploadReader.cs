using System.Text;
using System.Text.Json;
using MedDoc.Api.Contracts;
using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Documents;

/// <summary>Reads POST /api/documents: a multipart <c>file</c> (.txt or .pdf) or JSON <c>{document_text, filename}</c>.</summary>
public sealed class UploadReader(IOptions<UploadOptions> uploadOptions, IOptions<JsonOptions> jsonOptions)
{
    private const string DefaultFilename = "document.txt";
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
        catch (InvalidDataException exception) when (exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.UploadTooLarge(limit));
        }
        catch (InvalidDataException)
        {
            return Outcome<UploadedFile>.Failure(ApiProblems.Create(StatusCodes.Status400BadRequest, "invalid_multipart",
                "Invalid multipart body", "The multipart/form-data body could not be parsed."));
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
        var filename = CleanFilename(file.FileName);
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
        return Outcome<UploadedFile>.Success(new UploadedFile(CleanFilename(body.Filename), content, UploadKind.Text));
    }

    /// <summary>What a file with this lower-case extension is; null when it is neither .txt nor .pdf.</summary>
    public static UploadKind? KindOf(string extension) => extension switch
    {
        ".txt" => UploadKind.Text,
        ".pdf" => UploadKind.Pdf,
        _ => null,
    };

    /// <summary>The last path segment, without control characters, at most 255 characters; "document.txt" when blank.</summary>
    public static string CleanFilename(string? filename)
    {
        var name = Path.GetFileName((filename ?? string.Empty).Replace('\\', '/'));
        name = new string(name.Where(character => !char.IsControl(character)).ToArray()).Trim();
        if (name.Length == 0)
        {
            return DefaultFilename;
        }
        return name.Length <= 255 ? name : name[..(255 - Path.GetExtension(name).Length)] + Path.GetExtension(name);
    }
}
