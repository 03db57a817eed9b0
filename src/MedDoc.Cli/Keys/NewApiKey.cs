namespace MedDoc.Cli.Keys;

/// <summary>POST /api/keys's request: a name, the roles (coder and/or service; none: the API's default, service) and an optional expiry.</summary>
public sealed record NewApiKey(string Name, IReadOnlyList<string>? Roles, DateTime? ExpiresAt);
