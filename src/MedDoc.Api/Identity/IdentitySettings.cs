using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.Identity;

/// <summary>
/// Who may call the API. With <c>OIDC_AUTHORITY</c> set, callers present bearer tokens from that
/// OpenID Connect issuer (or API keys); unset, the server runs in local mode: loopback only, one
/// caller, <see cref="LocalCaller"/>, holding every role (docs/decisions/013-identity-and-tenancy.md).
/// </summary>
public sealed class IdentitySettings
{
    public const string DefaultRoleClaim = "roles";
    public const string DefaultTenantClaim = "tenant";
    public const string DefaultUiScope = "openid profile";

    /// <summary>The issuer URL; its /.well-known/openid-configuration names the signing keys. Null in local mode.</summary>
    public Uri? Authority { get; set; }

    /// <summary>The audience every token must carry (the API's client id or resource URI).</summary>
    public string? Audience { get; set; }

    /// <summary>The token claim that lists the caller's roles ("roles", "groups", "cognito:groups"…).</summary>
    public string RoleClaim { get; set; } = DefaultRoleClaim;

    /// <summary>The token claim that names the caller's tenant.</summary>
    public string TenantClaim { get; set; } = DefaultTenantClaim;

    /// <summary>The public client id the web UI signs in with (Authorization Code + PKCE); null when the UI does not sign in.</summary>
    public string? UiClientId { get; set; }

    /// <summary>The scopes the web UI asks for: OpenID's, plus whatever the issuer needs to grant the API's audience and a refresh token.</summary>
    public string UiScope { get; set; } = DefaultUiScope;

    /// <summary>
    /// Origins besides the authority's that the UI calls while signing in (a token or end-session
    /// endpoint on another host, as Cognito's hosted domain is); the CSP's connect-src names them.
    /// </summary>
    public IReadOnlyList<Uri> UiConnectOrigins { get; set; } = [];

    public bool IsLocalMode => Authority is null;

    /// <summary>Plain http is accepted only for an issuer on this machine (tests, a laptop's own provider).</summary>
    public bool RequireHttpsMetadata => Authority is { } authority && !authority.IsLoopback;

    public static void Bind(IdentitySettings settings, IConfiguration configuration)
    {
        var authority = EnvironmentValues.GetString(configuration, EnvironmentVariables.OidcAuthority);
        var audience = EnvironmentValues.GetString(configuration, EnvironmentVariables.OidcAudience);
        settings.RoleClaim = EnvironmentValues.GetString(configuration, EnvironmentVariables.OidcRoleClaim) ?? DefaultRoleClaim;
        settings.TenantClaim = EnvironmentValues.GetString(configuration, EnvironmentVariables.OidcTenantClaim) ?? DefaultTenantClaim;
        settings.UiClientId = EnvironmentValues.GetString(configuration, EnvironmentVariables.OidcUiClientId);
        settings.UiScope = EnvironmentValues.GetString(configuration, EnvironmentVariables.OidcUiScope) ?? DefaultUiScope;
        settings.UiConnectOrigins = ParseOrigins(EnvironmentValues.GetString(configuration, EnvironmentVariables.OidcUiConnectOrigins));
        if (authority is null)
        {
            if (audience is not null)
            {
                throw new ConfigurationException(EnvironmentVariables.OidcAuthority, "is required when OIDC_AUDIENCE is set");
            }
            return;
        }
        if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query))
        {
            throw new ConfigurationException(EnvironmentVariables.OidcAuthority, $"must be the issuer's http(s) URL, got '{authority}'");
        }
        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            throw new ConfigurationException(EnvironmentVariables.OidcAuthority, $"must use https unless the issuer is on loopback, got '{authority}'");
        }
        settings.Authority = uri;
        settings.Audience = audience
            ?? throw new ConfigurationException(EnvironmentVariables.OidcAudience, "is required when OIDC_AUTHORITY is set (the audience the tokens are issued for)");
    }

    private static IReadOnlyList<Uri> ParseOrigins(string? value)
    {
        if (value is null)
        {
            return [];
        }
        var origins = new List<Uri>();
        foreach (var entry in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(entry, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || (uri.Scheme == "http" && !uri.IsLoopback))
            {
                throw new ConfigurationException(EnvironmentVariables.OidcUiConnectOrigins, $"must list https origins (scheme and host, no path), comma-separated; got '{entry}'");
            }
            origins.Add(new Uri(uri.GetLeftPart(UriPartial.Authority)));
        }
        return origins;
    }
}
