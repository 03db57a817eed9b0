namespace MedDoc.Cli.Keys;

/// <summary>POST /api/keys's answer: the key's text, which the API shows this once, and its metadata.</summary>
public sealed record CreatedApiKey(string Key, ApiKeyInfo ApiKey);
