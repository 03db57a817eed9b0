using MedDoc.Api.Persistence;

namespace MedDoc.Api.Identity;

/// <summary>The tenant of the request's authenticated caller; null outside a request or for an anonymous one.</summary>
public sealed class CallerTenant(IHttpContextAccessor accessor) : ICurrentTenant
{
    public string? Id => accessor.HttpContext?.User is { } user ? Caller.From(user)?.Tenant : null;
}
