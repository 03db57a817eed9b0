using MedDoc.Api.Contracts;
using MedDoc.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Endpoints;

/// <summary>Who the caller is, and how the web UI signs in.</summary>
public static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        var identity = app.MapGroup("/api").WithTags("Identity");
        identity.MapGet("/me", GetCaller)
            .WithName(nameof(GetCaller))
            .RequireAuthorization()
            .WithSummary("The authenticated caller: subject, tenant, roles, and the API key id when a key was used.");
        identity.MapGet("/auth/config", GetAuthConfig)
            .WithName(nameof(GetAuthConfig))
            .AllowAnonymous()
            .WithSummary("How the web UI signs in: mode 'local' (no sign-in) or 'oidc' with the issuer and the UI's client id.");
        return app;
    }

    public static Ok<CallerResponse> GetCaller(HttpContext context)
    {
        var caller = Caller.From(context.User)!;
        return TypedResults.Ok(new CallerResponse(caller.Subject, caller.Tenant, caller.Roles, caller.KeyId, caller.Method));
    }

    public static Ok<AuthConfigResponse> GetAuthConfig(IOptions<IdentitySettings> settings)
    {
        var identity = settings.Value;
        return TypedResults.Ok(identity.IsLocalMode
            ? new AuthConfigResponse("local", null, null, null, null)
            : new AuthConfigResponse("oidc", identity.Authority!.ToString().TrimEnd('/'), identity.UiClientId, identity.Audience, identity.UiScope));
    }
}
