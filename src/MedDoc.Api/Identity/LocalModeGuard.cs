using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Identity;

/// <summary>
/// Local mode is for one person's machine: without an identity provider the server refuses to
/// listen anywhere but loopback, and says at start-up that it runs in local mode.
/// </summary>
public static class LocalModeGuard
{
    /// <summary>Throws a <see cref="ConfigurationException"/> naming OIDC_AUTHORITY when local mode would listen beyond loopback.</summary>
    public static void EnsureSafe(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<IdentitySettings>>().Value;
        if (!settings.IsLocalMode)
        {
            app.Logger.LogInformation("Identity: bearer tokens from {Authority} for audience {Audience}; roles from claim {RoleClaim}, tenant from claim {TenantClaim}",
                settings.Authority, settings.Audience, settings.RoleClaim, settings.TenantClaim);
            return;
        }
        // An in-memory test server has no addresses: nothing can reach it from outside the process.
        var listens = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>() is not null;
        var exposed = listens ? ListenAddresses.NonLoopback(app.Configuration) : [];
        if (exposed.Count > 0)
        {
            throw new ConfigurationException(EnvironmentVariables.OidcAuthority,
                $"not set, so the server runs in local mode, which listens on loopback only, but it is configured to listen on {string.Join(", ", exposed)}; set OIDC_AUTHORITY and OIDC_AUDIENCE to your identity provider, or listen on 127.0.0.1");
        }
        app.Logger.LogWarning("Local mode: no identity provider is configured (OIDC_AUTHORITY unset), so the server listens on loopback only and every request acts as '{Caller}' with every role", LocalCaller.Name);
    }
}
