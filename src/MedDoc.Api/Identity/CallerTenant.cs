using MedDoc.Api.Persistence;

namespace MedDoc.Api.Identity;

/// <summary>
/// The tenant of the request's authenticated caller; outside a request, the tenant a background job
/// works for (<see cref="JobTenant"/>); null for an anonymous caller or a scope with neither.
/// </summary>
public sealed class CallerTenant(IHttpContextAccessor accessor, JobTenant job) : ICurrentTenant
{
    public string? Id => accessor.HttpContext?.User is { } user ? Caller.From(user)?.Tenant : job.Id;
}
