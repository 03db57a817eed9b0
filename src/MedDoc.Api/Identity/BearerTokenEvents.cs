using System.Security.Claims;
using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace MedDoc.Api.Identity;

/// <summary>
/// Turns a validated OpenID Connect token into the MedDoc claims (subject, tenant and roles from
/// the configured claims), and answers a missing or bad token with a 401 problem that says why.
/// </summary>
public static class BearerTokenEvents
{
    public static JwtBearerEvents Create(IdentitySettings settings) => new()
    {
        OnTokenValidated = context =>
        {
            var token = context.Principal!;
            if (token.FindFirstValue("sub") is not { Length: > 0 } subject)
            {
                context.Fail("The bearer token has no 'sub' claim.");
                return Task.CompletedTask;
            }
            var roles = token.FindAll(settings.RoleClaim).Select(claim => claim.Value).Where(Roles.All.Contains).ToList();
            var tenant = token.FindFirstValue(settings.TenantClaim) is { Length: > 0 } value ? value : null;
            context.Principal = new Caller(subject, tenant, roles, KeyId: null, Method: "oidc").ToPrincipal(context.Scheme.Name);
            return Task.CompletedTask;
        },
        OnAuthenticationFailed = context =>
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BearerTokenEvents))
                .LogWarning("Bearer token refused: {Reason}", Describe(context.Exception));
            return Task.CompletedTask;
        },
        OnChallenge = async context =>
        {
            context.HandleResponse();
            context.Response.Headers.WWWAuthenticate = "Bearer";
            var detail = context.AuthenticateFailure is { } failure
                ? Describe(failure)
                : "The request carries no credentials: send 'Authorization: Bearer <token>' or an 'X-API-Key' header.";
            await ApiProblems.Unauthorized(detail).ExecuteAsync(context.HttpContext);
        },
    };

    /// <summary>Why a token was refused, in words a client developer can act on (never the token itself).</summary>
    public static string Describe(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "The bearer token has expired.",
        SecurityTokenNotYetValidException => "The bearer token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The bearer token was issued for another audience than this API (OIDC_AUDIENCE).",
        SecurityTokenInvalidIssuerException => "The bearer token was issued by another issuer than OIDC_AUTHORITY.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The bearer token's signature does not verify with the issuer's keys.",
        SecurityTokenMalformedException => "The bearer token is not a well-formed JWT.",
        AuthenticationFailureException => failure.Message,
        _ => "The bearer token is not valid.",
    };
}
