namespace MedDoc.Api.Infrastructure;

/// <summary>Where original files go: a local folder (<c>STORAGE_DIR</c>) or S3 when <c>S3_BUCKET</c> is set.</summary>
public sealed class StorageOptions
{
    public const string DefaultDirectory = "./data/documents";

    public string Directory { get; set; } = DefaultDirectory;

    public string? S3Bucket { get; set; }

    public string? AwsRegion { get; set; }

    public Uri? S3EndpointUrl { get; set; }

    public bool UsesS3 => S3Bucket is not null;

    public static void Bind(StorageOptions options, IConfiguration configuration)
    {
        options.Directory = EnvironmentValues.GetString(configuration, EnvironmentVariables.StorageDir) ?? DefaultDirectory;
        options.S3Bucket = EnvironmentValues.GetString(configuration, EnvironmentVariables.S3Bucket);
        options.AwsRegion = EnvironmentValues.GetString(configuration, EnvironmentVariables.AwsRegion);
        var endpoint = EnvironmentValues.GetString(configuration, EnvironmentVariables.S3EndpointUrl);
        if (endpoint is not null)
        {
            options.S3EndpointUrl = Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new ConfigurationException(EnvironmentVariables.S3EndpointUrl, $"must be an http(s) URL, got '{endpoint}'");
        }
        if (options.S3Bucket is not null && options.AwsRegion is null && options.S3EndpointUrl is null)
        {
            throw new ConfigurationException(EnvironmentVariables.AwsRegion, "is required when S3_BUCKET is set");
        }
    }
}
