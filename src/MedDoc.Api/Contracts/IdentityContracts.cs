namespace MedDoc.Api.Contracts;

/// <summary>GET /api/me: who the API takes the caller to be.</summary>
public sealed record CallerResponse(string Subject, string? Tenant, IReadOnlyList<string> Roles, string? KeyId, string Method);

/// <summary>GET /api/auth/config: how the web UI signs in (the scope it asks for); mode "local" means it does not.</summary>
public sealed record AuthConfigResponse(string Mode, string? Authority, string? ClientId, string? Audience, string? Scope);
