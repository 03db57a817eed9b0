namespace MedDoc.Api.RateLimits;

/// <summary>Which budget a request ran out of; the 429 problem names it.</summary>
public enum RateLimitScope
{
    Caller,
    Tenant,
    Analysis,
}
