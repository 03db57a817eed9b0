using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using MedDoc.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Storage;

/// <summary>Registers the document store <c>S3_BUCKET</c> / <c>STORAGE_DIR</c> select.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddDocumentStore(this IServiceCollection services)
    {
        // Resolved only with the S3 store: the document store and S3 batch imports share one client.
        services.AddSingleton<IAmazonS3>(provider => CreateS3Client(provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<IDocumentStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.UsesS3
                ? new S3DocumentStore(provider.GetRequiredService<IAmazonS3>(), options.S3Bucket!)
                : new LocalDocumentStore(options.Directory);
        });
        services.AddScoped<IStorageKeyOwner, DocumentStorageKeys>();
        services.AddScoped<OrphanSweep>();
        services.AddHostedService<OrphanSweepService>();
        return services;
    }

    /// <summary>An S3 client; with an endpoint URL (an S3-compatible server) it uses path-style addressing.</summary>
    public static AmazonS3Client CreateS3Client(StorageOptions options, AWSCredentials? credentials = null)
    {
        var config = new AmazonS3Config
        {
            // Checksums only where S3 requires them: S3-compatible servers reject the newer trailers.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.S3EndpointUrl is not null)
        {
            config.ServiceURL = options.S3EndpointUrl.ToString();
            config.ForcePathStyle = true;
            config.AuthenticationRegion = options.AwsRegion ?? "us-east-1";
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.AwsRegion);
        }
        return credentials is null ? new AmazonS3Client(config) : new AmazonS3Client(credentials, config);
    }
}
