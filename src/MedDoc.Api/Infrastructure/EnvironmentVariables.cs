using MedDoc.Engine.Coding;
using MedDoc.Llm.Configuration;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Every environment variable the API reads, in one place, the terminology's (<see cref="TerminologyEnvironment"/>) and
/// the Claude path's (<see cref="LlmEnvironment"/>) included. The deploy tests check the Kubernetes
/// ConfigMaps and Secrets against <see cref="All"/>. AWS credentials are read by the AWS SDK's own
/// chain (IRSA in EKS, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY locally), not by this code.
/// </summary>
public static class EnvironmentVariables
{
    public const string DbUrl = "DB_URL";
    public const string DbMigrateOnStart = "DB_MIGRATE_ON_START";
    public const string AllowOrigins = "ALLOW_ORIGINS";
    public const string AwsRegion = "AWS_REGION";
    public const string S3Bucket = "S3_BUCKET";
    public const string S3EndpointUrl = "S3_ENDPOINT_URL";
    public const string StorageDir = "STORAGE_DIR";
    public const string MaxUploadMb = "MAX_UPLOAD_MB";
    public const string MaxTextChars = "MAX_TEXT_CHARS";
    public const string WebDistDir = "WEB_DIST_DIR";
    public const string BatchMaxDocuments = "BATCH_MAX_DOCUMENTS";
    public const string BatchMaxMb = "BATCH_MAX_MB";
    public const string BatchWorkers = "BATCH_WORKERS";
    public const string BatchJobTimeoutSeconds = "BATCH_JOB_TIMEOUT_SECONDS";
    public const string MaxPdfPages = "MAX_PDF_PAGES";
    public const string MaxPdfStreamMb = "MAX_PDF_STREAM_MB";
    public const string MaxPdfDecodedMb = "MAX_PDF_DECODED_MB";
    public const string PdfTimeoutSeconds = "PDF_TIMEOUT_SECONDS";
    public const string MaxPdfPageChars = "MAX_PDF_PAGE_CHARS";
    public const string AnalysisConcurrency = "ANALYSIS_CONCURRENCY";
    public const string AnalysisQueueLimit = "ANALYSIS_QUEUE_LIMIT";
    public const string AnalysisTimeoutSeconds = "ANALYSIS_TIMEOUT_SECONDS";
    public const string OtelExporterOtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string OidcAuthority = "OIDC_AUTHORITY";
    public const string OidcAudience = "OIDC_AUDIENCE";
    public const string OidcRoleClaim = "OIDC_ROLE_CLAIM";
    public const string OidcTenantClaim = "OIDC_TENANT_CLAIM";
    public const string OidcUiClientId = "OIDC_UI_CLIENT_ID";
    public const string OidcUiScope = "OIDC_UI_SCOPE";
    public const string OidcUiConnectOrigins = "OIDC_UI_CONNECT_ORIGINS";
    public const string OrphanSweepIntervalMinutes = "ORPHAN_SWEEP_INTERVAL_MINUTES";
    public const string OrphanSweepGraceMinutes = "ORPHAN_SWEEP_GRACE_MINUTES";
    public const string RedisUrl = "REDIS_URL";
    public const string RateLimitPerMinute = "RATE_LIMIT_PER_MINUTE";
    public const string RateLimitBurst = "RATE_LIMIT_BURST";
    public const string TenantRateLimitPerMinute = "TENANT_RATE_LIMIT_PER_MINUTE";
    public const string TenantRateLimitBurst = "TENANT_RATE_LIMIT_BURST";
    public const string AnalysisRateLimitPerMinute = "ANALYSIS_RATE_LIMIT_PER_MINUTE";
    public const string AnalysisRateLimitBurst = "ANALYSIS_RATE_LIMIT_BURST";

    /// <summary>The variables of the API itself.</summary>
    public static IReadOnlyList<string> Api { get; } =
    [
        DbUrl, DbMigrateOnStart, AllowOrigins, AwsRegion, S3Bucket, S3EndpointUrl, StorageDir, MaxUploadMb, MaxTextChars, WebDistDir,
        BatchMaxDocuments, BatchMaxMb, BatchWorkers, BatchJobTimeoutSeconds,
        MaxPdfPages, MaxPdfStreamMb, MaxPdfDecodedMb, MaxPdfPageChars, PdfTimeoutSeconds,
        AnalysisConcurrency, AnalysisQueueLimit, AnalysisTimeoutSeconds,
        OtelExporterOtlpEndpoint,
        OidcAuthority, OidcAudience, OidcRoleClaim, OidcTenantClaim, OidcUiClientId, OidcUiScope, OidcUiConnectOrigins,
        OrphanSweepIntervalMinutes, OrphanSweepGraceMinutes,
        RedisUrl, RateLimitPerMinute, RateLimitBurst, TenantRateLimitPerMinute, TenantRateLimitBurst, AnalysisRateLimitPerMinute, AnalysisRateLimitBurst,
    ];

    /// <summary>All variables the API process reads: its own and the Claude path's.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Api, .. TerminologyEnvironment.All, .. LlmEnvironment.All];

    /// <summary>The variables that carry secrets: they belong in a Secret, never in a ConfigMap.</summary>
    public static IReadOnlyList<string> Secrets { get; } = [DbUrl, .. LlmEnvironment.Secrets];
}
