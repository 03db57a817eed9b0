namespace MedDoc.Api.Documents;

/// <summary>What an upload is: plain UTF-8 text or a PDF.</summary>
public enum UploadKind
{
    Text,
    Pdf,
}
