using MedDoc.Api.Contracts;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Identity;

/// <summary>Creates, lists and revokes the current tenant's API keys (the tenant filter scopes every query).</summary>
public sealed class ApiKeyService(MedDocDbContext database, TimeProvider clock, ILogger<ApiKeyService> logger)
{
    /// <summary>The roles a key may hold: never admin, so a leaked key cannot manage keys or read the audit trail.</summary>
    public static IReadOnlyList<string> GrantableRoles { get; } = [Roles.Coder, Roles.Service];

    public async Task<Outcome<CreatedApiKeyResponse>> CreateAsync(CreateApiKeyRequest request, Caller creator, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return Outcome<CreatedApiKeyResponse>.Failure(ApiProblems.InvalidApiKey("name is required, 1 to 100 characters."));
        }
        var roles = request.Roles is { Count: > 0 } given ? given.Distinct(StringComparer.Ordinal).ToList() : [Roles.Service];
        if (roles.FirstOrDefault(role => !GrantableRoles.Contains(role)) is { } refused)
        {
            return Outcome<CreatedApiKeyResponse>.Failure(ApiProblems.InvalidApiKey(
                $"roles may hold {string.Join(" and ", GrantableRoles)}; '{(refused.Length > 40 ? refused[..40] : refused)}' cannot be granted to a key."));
        }
        var now = Truncate(clock.GetUtcNow().UtcDateTime);
        var expiresAt = request.ExpiresAt is { } expiry ? Truncate(expiry.ToUniversalTime()) : (DateTime?)null;
        if (expiresAt <= now)
        {
            return Outcome<CreatedApiKeyResponse>.Failure(ApiProblems.InvalidApiKey("expires_at must be in the future."));
        }
        var id = Guid.CreateVersion7();
        var (text, hash) = ApiKeySecret.Create(id);
        var key = new ApiKey
        {
            Id = id,
            Name = name,
            Roles = string.Join(',', roles),
            SecretHash = hash,
            CreatedBy = creator.Subject,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        database.ApiKeys.Add(key);
        await database.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("API key {KeyId} created in tenant {Tenant} with roles {Roles}", id.ToString("N"), key.TenantId, key.Roles);
        return Outcome<CreatedApiKeyResponse>.Success(new CreatedApiKeyResponse(text, ToResponse(key)));
    }

    public async Task<ApiKeyList> ListAsync(CancellationToken cancellationToken)
    {
        var keys = await database.ApiKeys.AsNoTracking().OrderByDescending(key => key.CreatedAt).ToListAsync(cancellationToken);
        return new ApiKeyList([.. keys.Select(ToResponse)]);
    }

    /// <summary>Revokes the key (again is a no-op); false when the tenant has no such key.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = await database.ApiKeys.FirstOrDefaultAsync(row => row.Id == id, cancellationToken);
        if (key is null)
        {
            return false;
        }
        if (key.RevokedAt is null)
        {
            key.RevokedAt = Truncate(clock.GetUtcNow().UtcDateTime);
            await database.SaveChangesAsync(CancellationToken.None);
            logger.LogInformation("API key {KeyId} revoked in tenant {Tenant}", id.ToString("N"), key.TenantId);
        }
        return true;
    }

    public static IReadOnlyList<string> ParseRoles(string roles) =>
        [.. roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(GrantableRoles.Contains)];

    private static ApiKeyResponse ToResponse(ApiKey key) =>
        new(key.Id.ToString("N"), key.Name, ParseRoles(key.Roles), key.CreatedAt, key.CreatedBy, key.ExpiresAt, key.RevokedAt, key.LastUsedAt);

    /// <summary>Whole microseconds: what PostgreSQL keeps, so answers equal later reads.</summary>
    private static DateTime Truncate(DateTime time) => new(time.Ticks / 10 * 10, DateTimeKind.Utc);
}
