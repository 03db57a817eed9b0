using System.Security.Claims;

namespace MedDoc.Api.Identity;

/// <summary>Who is calling: subject, tenant, roles, and the API key id when a key was used.</summary>
public sealed record Caller(string Subject, string? Tenant, IReadOnlyList<string> Roles, string? KeyId, string Method)
{
    /// <summary>The caller a request authenticated as, or null when it is anonymous.</summary>
    public static Caller? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(MedDocClaims.Subject) is not { } subject)
        {
            return null;
        }
        return new Caller(
            subject,
            principal.FindFirstValue(MedDocClaims.Tenant),
            [.. principal.FindAll(MedDocClaims.Role).Select(claim => claim.Value).Distinct(StringComparer.Ordinal)],
            principal.FindFirstValue(MedDocClaims.KeyId),
            principal.FindFirstValue(MedDocClaims.Method) ?? "unknown");
    }

    /// <summary>A principal carrying the MedDoc claims, authenticated by <paramref name="scheme"/>.</summary>
    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(MedDocClaims.Subject, Subject), new(MedDocClaims.Method, Method) };
        if (Tenant is not null)
        {
            claims.Add(new Claim(MedDocClaims.Tenant, Tenant));
        }
        if (KeyId is not null)
        {
            claims.Add(new Claim(MedDocClaims.KeyId, KeyId));
        }
        claims.AddRange(Roles.Select(role => new Claim(MedDocClaims.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, MedDocClaims.Subject, MedDocClaims.Role));
    }
}
