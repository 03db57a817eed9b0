namespace MedDoc.Api.Persistence;

/// <summary>
/// A row that belongs to one tenant. Every entity that implements this is filtered by the current
/// tenant in every query (one global query filter, applied in <see cref="MedDocDbContext"/>) and
/// gets the current tenant when it is added. A new entity opts in by implementing this interface
/// and mapping the column: docs/decisions/013-identity-and-tenancy.md.
/// </summary>
public interface ITenantOwned
{
    /// <summary>The owning tenant's id (the token's tenant claim, the API key's tenant, or "local").</summary>
    string TenantId { get; set; }
}
