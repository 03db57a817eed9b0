namespace MedDoc.Api.Contracts;

/// <summary>POST /api/keys: a name, the roles (coder and/or service; default service) and an optional expiry.</summary>
public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Roles, DateTime? ExpiresAt);

/// <summary>An API key as listed: never its secret.</summary>
public sealed record ApiKeyResponse(
    string Id, string Name, IReadOnlyList<string> Roles, DateTime CreatedAt, string CreatedBy, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

/// <summary>The answer to a creation: the key's text, shown this once, and its metadata.</summary>
public sealed record CreatedApiKeyResponse(string Key, ApiKeyResponse ApiKey);

/// <summary>GET /api/keys.</summary>
public sealed record ApiKeyList(IReadOnlyList<ApiKeyResponse> Items);
