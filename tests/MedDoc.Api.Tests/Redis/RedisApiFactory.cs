using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Identity;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Redis;

/// <summary>
/// One API instance (its own in-memory database) using <paramref name="redisUrl"/>; with an
/// <paramref name="issuer"/> it trusts that issuer's tokens, so several instances accept the same token
/// like replicas behind one load balancer. Budgets: 5 requests per caller, 2 analyses, none refilling in a test.
/// </summary>
public sealed class RedisApiFactory(string redisUrl, TestIssuer? issuer = null) : SqliteApiFactory
{
    public const int CallerBurst = 5;
    public const int AnalysisBurst = 2;

    protected override IReadOnlyDictionary<string, string> Settings
    {
        get
        {
            var settings = new Dictionary<string, string>
            {
                [EnvironmentVariables.RedisUrl] = redisUrl,
                [EnvironmentVariables.RateLimitPerMinute] = "1",
                [EnvironmentVariables.RateLimitBurst] = $"{CallerBurst}",
                [EnvironmentVariables.AnalysisRateLimitPerMinute] = "1",
                [EnvironmentVariables.AnalysisRateLimitBurst] = $"{AnalysisBurst}",
            };
            if (issuer is not null)
            {
                settings[EnvironmentVariables.OidcAuthority] = issuer.Url;
                settings[EnvironmentVariables.OidcAudience] = TestIssuer.Audience;
            }
            return settings;
        }
    }
}
