using MedDoc.Api.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Identity;

/// <summary>Authentication (local mode or OpenID Connect bearer tokens) and the role policies.</summary>
public static class IdentityServiceCollectionExtensions
{
    /// <summary>The default scheme: forwards to the local or the bearer scheme by configuration.</summary>
    public const string SchemeName = "MedDoc";

    public static IServiceCollection AddMedDocIdentity(this IServiceCollection services)
    {
        services.AddOptions<IdentitySettings>().Configure<IConfiguration>(IdentitySettings.Bind).ValidateOnStart();
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, SchemeName, options => options.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, LocalAuthenticationHandler>(LocalAuthenticationHandler.SchemeName, configureOptions: null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, configureOptions: null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<IdentitySettings>>((jwt, identity) => ConfigureBearer(jwt, identity.Value));
        services.AddAuthorization(options =>
        {
            foreach (var (policy, roles) in Policies.AllowedRoles)
            {
                options.AddPolicy(policy, builder => builder.RequireAuthenticatedUser().RequireClaim(MedDocClaims.Tenant).RequireRole(roles));
            }
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<JobTenant>();
        services.AddScoped<ICurrentTenant, CallerTenant>();
        services.AddScoped<ApiKeyService>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>An X-API-Key header → the key (in both modes); otherwise the local caller or a bearer token.</summary>
    private static string SelectScheme(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName))
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }
        return context.RequestServices.GetRequiredService<IOptions<IdentitySettings>>().Value.IsLocalMode
            ? LocalAuthenticationHandler.SchemeName
            : JwtBearerDefaults.AuthenticationScheme;
    }

    private static void ConfigureBearer(JwtBearerOptions jwt, IdentitySettings identity)
    {
        if (identity.IsLocalMode)
        {
            return;
        }
        jwt.Authority = identity.Authority!.ToString().TrimEnd('/');
        jwt.Audience = identity.Audience;
        jwt.RequireHttpsMetadata = identity.RequireHttpsMetadata;
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters.NameClaimType = MedDocClaims.Subject;
        jwt.TokenValidationParameters.RoleClaimType = identity.RoleClaim;
        jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
        jwt.Events = BearerTokenEvents.Create(identity);
    }
}
