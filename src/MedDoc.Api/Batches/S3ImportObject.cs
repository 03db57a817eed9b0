namespace MedDoc.Api.Batches;

/// <summary>One object of an S3 import: its bucket key, its name relative to the requested prefix, and its size.</summary>
public sealed record S3ImportObject(string Key, string RelativeName, long Size);
