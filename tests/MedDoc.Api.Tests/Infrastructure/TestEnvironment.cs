namespace MedDoc.Api.Tests.Infrastructure;

/// <summary>Servers the test script provides; missing ones skip locally and fail when CI=true.</summary>
public static class TestEnvironment
{
    public const string PostgresUrlVariable = "MEDDOC_TEST_POSTGRES_URL";
    public const string S3EndpointVariable = "MEDDOC_TEST_S3_ENDPOINT";
    public const string RedisUrlVariable = "MEDDOC_TEST_REDIS_URL";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? PostgresUrl => Environment.GetEnvironmentVariable(PostgresUrlVariable) is { Length: > 0 } url ? url : null;

    public static string? RedisUrl => Environment.GetEnvironmentVariable(RedisUrlVariable) is { Length: > 0 } url ? url : null;

    public static string? S3Endpoint => Environment.GetEnvironmentVariable(S3EndpointVariable) is { Length: > 0 } url ? url : null;

    /// <summary>Null when <paramref name="value"/> is set; otherwise throws on CI and returns the skip reason locally.</summary>
    public static string? RequireOrSkip(string? value, string variable)
    {
        if (value is not null)
        {
            return null;
        }
        if (IsCi)
        {
            throw new InvalidOperationException($"{variable} is not set, but CI=true requires it (scripts/test.sh starts the server).");
        }
        return $"{variable} is not set; run scripts/test.sh to start the server.";
    }
}
