namespace MedDoc.Api.Documents;

/// <summary>An accepted upload: a cleaned file name, the original bytes and what they are.</summary>
public sealed record UploadedFile(string Filename, byte[] Content, UploadKind Kind)
{
    public string ContentType => Kind == UploadKind.Pdf ? "application/pdf" : "text/plain; charset=utf-8";

    public string Extension => Kind == UploadKind.Pdf ? ".pdf" : ".txt";
}
