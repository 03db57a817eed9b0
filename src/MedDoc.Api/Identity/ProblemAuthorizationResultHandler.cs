using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Identity;

/// <summary>
/// A refused request gets a problem: 401 (through the scheme's challenge, which says what is wrong
/// with the credentials) or 403 naming the roles the endpoint needs and what the caller holds.
/// </summary>
public sealed class ProblemAuthorizationResultHandler(IOptions<IdentitySettings> settings) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var caller = Caller.From(context.User);
        var detail = caller?.Tenant is null
            ? $"The caller has no tenant: the token needs a '{settings.Value.TenantClaim}' claim (OIDC_TENANT_CLAIM)."
            : $"This endpoint needs the role {string.Join(" or ", RequiredRoles(policy))}; the caller has {(caller.Roles.Count == 0 ? "no MedDoc role" : string.Join(", ", caller.Roles))}.";
        await ApiProblems.Forbidden(detail).ExecuteAsync(context);
    }

    private static IEnumerable<string> RequiredRoles(AuthorizationPolicy policy) =>
        policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(requirement => requirement.AllowedRoles);
}
