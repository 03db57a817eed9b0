namespace MedDoc.Fhir;

/// <summary>
/// The original a bundle describes (its DocumentReference): <paramref name="Content"/> is the original's bytes
/// (hashed, never embedded), <paramref name="Id"/> the stored document's id (null for text that was not stored),
/// <paramref name="ContentUrl"/> where the original can be downloaded (null when nowhere).
/// </summary>
public sealed record ExportedDocument(
    Guid? Id,
    string Filename,
    string ContentType,
    ReadOnlyMemory<byte> Content,
    DateTimeOffset CreatedAt,
    Uri? ContentUrl = null);
