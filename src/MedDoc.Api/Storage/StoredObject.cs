namespace MedDoc.Api.Storage;

/// <summary>One file in the document store as a listing sees it: its key, size and when it was last written.</summary>
public sealed record StoredObject(string Key, long Size, DateTimeOffset LastModified);
