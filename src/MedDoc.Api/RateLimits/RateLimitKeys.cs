using System.Security.Claims;
using MedDoc.Api.Identity;

namespace MedDoc.Api.RateLimits;

/// <summary>
/// The bucket a request draws from: the authenticated caller (tenant and subject, so an API key is its
/// own caller), or the client address for a request without valid credentials, so failed sign-ins are
/// limited too. Only <c>/api</c> is limited; probes, metrics, the reference and the UI's files never are.
/// </summary>
public static class RateLimitKeys
{
    public static bool IsLimited(HttpContext context) => IsLimited(context.Request.Path);

    /// <summary>Whether requests to <paramref name="path"/> draw from the buckets (also what the OpenAPI document declares).</summary>
    public static bool IsLimited(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>"caller:TENANT:SUBJECT" for an authenticated caller, "address:IP" for an anonymous request.</summary>
    public static string ForCaller(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(MedDocClaims.Subject) is { } subject
            ? $"caller:{context.User.FindFirstValue(MedDocClaims.Tenant)}:{subject}"
            : $"address:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

    /// <summary>"tenant:TENANT", or null when the request is anonymous or names no tenant.</summary>
    public static string? ForTenant(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(MedDocClaims.Tenant) is { } tenant
            ? $"tenant:{tenant}"
            : null;
}
