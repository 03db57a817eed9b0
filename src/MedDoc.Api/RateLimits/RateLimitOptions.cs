using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.RateLimits;

/// <summary>
/// The request budgets: every caller (<c>RATE_LIMIT_PER_MINUTE</c>, <c>RATE_LIMIT_BURST</c>), every tenant
/// together (<c>TENANT_RATE_LIMIT_PER_MINUTE</c>, <c>TENANT_RATE_LIMIT_BURST</c>), and a tighter one per caller
/// for the routes that can call Claude (<c>ANALYSIS_RATE_LIMIT_PER_MINUTE</c>, <c>ANALYSIS_RATE_LIMIT_BURST</c>).
/// A rate of 0 switches that limit off.
/// </summary>
public sealed class RateLimitOptions
{
    public TokenBucket Caller { get; set; } = new(600, 120);

    public TokenBucket Tenant { get; set; } = new(3000, 600);

    public TokenBucket Analysis { get; set; } = new(120, 30);

    public static void Bind(RateLimitOptions options, IConfiguration configuration)
    {
        options.Caller = Read(configuration, EnvironmentVariables.RateLimitPerMinute, EnvironmentVariables.RateLimitBurst, options.Caller);
        options.Tenant = Read(configuration, EnvironmentVariables.TenantRateLimitPerMinute, EnvironmentVariables.TenantRateLimitBurst, options.Tenant);
        options.Analysis = Read(configuration, EnvironmentVariables.AnalysisRateLimitPerMinute, EnvironmentVariables.AnalysisRateLimitBurst, options.Analysis);
    }

    private static TokenBucket Read(IConfiguration configuration, string rateVariable, string burstVariable, TokenBucket fallback) => new(
        EnvironmentValues.GetInt(configuration, rateVariable, fallback.PerMinute, 0, 1_000_000),
        EnvironmentValues.GetInt(configuration, burstVariable, fallback.Burst, 1, 1_000_000));
}
