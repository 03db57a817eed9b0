using System.Text.Encodings.Web;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Identity;

/// <summary>
/// Authenticates the <c>X-API-Key</c> header: an unknown, wrong, revoked or expired key is a 401
/// problem that says which; a good one acts as "key:ID" in the key's tenant with the key's roles.
/// The last-used time is written at most once a minute per key.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-API-Key";

    /// <summary>HttpContext.Items key: the tenant of a presented but refused key, for the audit trail.</summary>
    public const string RefusedKeyTenantItem = "meddoc:refused_key_tenant";

    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiKeySecret.TryParse(Request.Headers[HeaderName].ToString().Trim(), out var id, out var secret))
        {
            return AuthenticateResult.Fail($"The {HeaderName} header is not a MedDoc API key (mdk_…).");
        }
        var database = Context.RequestServices.GetRequiredService<MedDocDbContext>();
        var key = await database.ApiKeys.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(row => row.Id == id, Context.RequestAborted);
        if (key is null || !ApiKeySecret.Matches(key.SecretHash, secret))
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.RevokedAt is not null || key.ExpiresAt <= now)
        {
            Context.Items[RefusedKeyTenantItem] = key.TenantId;
            return AuthenticateResult.Fail(key.RevokedAt is not null ? "The API key has been revoked." : "The API key has expired.");
        }
        if (key.LastUsedAt is null || now - key.LastUsedAt >= LastUsedResolution)
        {
            await database.ApiKeys.IgnoreQueryFilters().Where(row => row.Id == id)
                .ExecuteUpdateAsync(update => update.SetProperty(row => row.LastUsedAt, now), CancellationToken.None);
        }
        var caller = new Caller($"key:{id:N}", key.TenantId, ApiKeyService.ParseRoles(key.Roles), id.ToString("N"), "api_key");
        return AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Logger.LogWarning("API key refused: {Reason}", result.Failure?.Message);
        await ApiProblems.Unauthorized(result.Failure?.Message ?? "The API key is not valid.").ExecuteAsync(Context);
    }
}
