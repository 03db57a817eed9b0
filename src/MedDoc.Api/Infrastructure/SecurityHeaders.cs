using MedDoc.Api.Identity;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Headers on every response: a Content-Security-Policy the built UI runs under with no violation
/// (scripts, styles and fetches from this origin, plus the identity provider for sign-in), no
/// framing, no MIME sniffing, no referrer; API answers are never cached. The API reference at
/// /docs gets a policy that admits its inline bootstrap script and styles.
/// </summary>
public static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var identity = app.Services.GetRequiredService<IOptions<IdentitySettings>>().Value;
        var uiPolicy = ContentSecurityPolicy(identity, relaxedForDocs: false);
        var docsPolicy = ContentSecurityPolicy(identity, relaxedForDocs: true);
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var path = context.Request.Path;
            headers.ContentSecurityPolicy = path.StartsWithSegments("/docs") || path.StartsWithSegments("/scalar") ? docsPolicy : uiPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
            }
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// The policy; connect-src also names the identity provider's origin and <see cref="IdentitySettings.UiConnectOrigins"/>
    /// when identity is configured, so the UI can discover the provider, redeem its code and renew its tokens.
    /// </summary>
    public static string ContentSecurityPolicy(IdentitySettings identity, bool relaxedForDocs)
    {
        var provider = identity.Authority is { } authority
            ? string.Concat(new[] { authority }.Concat(identity.UiConnectOrigins).Select(uri => " " + uri.GetLeftPart(UriPartial.Authority)).Distinct())
            : string.Empty;
        var inline = relaxedForDocs ? " 'unsafe-inline'" : string.Empty;
        return $"default-src 'self'; script-src 'self'{inline}; style-src 'self'{inline}; img-src 'self' data:; font-src 'self' data:; "
            + $"connect-src 'self'{provider}; object-src 'none'; base-uri 'self'; form-action 'self'{provider}; frame-ancestors 'none'";
    }
}
