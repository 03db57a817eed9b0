using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.RateLimits;

/// <summary>
/// The API with bearer tokens and small budgets that do not refill during a test (one token a minute):
/// 5 requests per caller, 8 per tenant, 2 analyses per caller.
/// </summary>
public sealed class RateLimitedApiFactory : SqliteApiFactory
{
    public const int CallerBurst = 5;
    public const int TenantBurst = 8;
    public const int AnalysisBurst = 2;

    protected override bool WithIdentityProvider => true;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [EnvironmentVariables.RateLimitPerMinute] = "1",
        [EnvironmentVariables.RateLimitBurst] = $"{CallerBurst}",
        [EnvironmentVariables.TenantRateLimitPerMinute] = "1",
        [EnvironmentVariables.TenantRateLimitBurst] = $"{TenantBurst}",
        [EnvironmentVariables.AnalysisRateLimitPerMinute] = "1",
        [EnvironmentVariables.AnalysisRateLimitBurst] = $"{AnalysisBurst}",
    };
}
